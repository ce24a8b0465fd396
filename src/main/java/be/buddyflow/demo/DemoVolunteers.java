package be.buddyflow.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import be.buddyflow.api.RequestFingerprint;
import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.LanguageLevel;
import be.buddyflow.matching.NeedDomain;
import be.buddyflow.volunteers.ApplyAsVolunteer;
import be.buddyflow.volunteers.VolunteerApplication;
import be.buddyflow.volunteers.VolunteerApplication.SpokenLanguage;
import be.buddyflow.volunteers.VolunteerPool;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A generated but plausible pool so that a new user sees meaningful candidates: 60 active
 * volunteers around Gent and Leuven (victor and vera among them, linked to their Tasklist accounts),
 * plus two fresh applicants whose intake interview waits for cora. Same seed, same pool, every run.
 */
@Component
@Profile("demo")
@Order(1)
class DemoVolunteers implements ApplicationRunner {

    static final String SOURCE = "demo-pool";
    /** The account the demo pool's applications are recorded under (the demo seeding, not a partner). */
    static final String SUBMITTED_BY = "demo";
    static final int POOL_SIZE = 60;

    private static final String[] GENT = {"9000", "9030", "9031", "9032", "9040", "9041", "9050", "9051", "9052"};
    private static final String[] LEUVEN = {"3000", "3001", "3010", "3012", "3018"};
    private static final String[] FIRST_NAMES = {"Anna", "Bram", "Charlotte", "Dries", "Eline", "Fatima", "Geert",
            "Hanne", "Ibrahim", "Joke", "Karim", "Lotte", "Maarten", "Nora", "Olivier", "Pieter", "Rania", "Sarah",
            "Tom", "Ursula", "Wout", "Yasmina", "Zeynep", "Lucas", "Marie", "Emma", "Louis", "Julie", "Arne", "Ines"};
    private static final String[] INTERESTS = {"cooking", "football", "cycling", "music", "reading", "hiking",
            "gardening", "chess", "photography", "crafts", "running", "volunteering", "theatre", "board-games"};
    private static final String[] SECOND_LANGUAGES = {"en", "fr", "ar", "fa", "tr", "ru", "es", "uk"};

    private final ApplyAsVolunteer applyAsVolunteer;
    private final VolunteerPool pool;

    DemoVolunteers(ApplyAsVolunteer applyAsVolunteer, VolunteerPool pool) {
        this.applyAsVolunteer = applyAsVolunteer;
        this.pool = pool;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (pool.findByApplicationKey(SUBMITTED_BY, SOURCE, "DEMO-VOL-1").isPresent()) {
            return;
        }
        activate(application("DEMO-VOL-1", "Victor", "9000", Gender.MAN, AgeBand.FROM_25_TO_39,
                List.of(new SpokenLanguage("nl", LanguageLevel.NATIVE), new SpokenLanguage("ar", LanguageLevel.GOOD),
                        new SpokenLanguage("en", LanguageLevel.FLUENT)),
                EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS), Set.of("football", "cooking"),
                EnumSet.of(NeedDomain.SOCIAL_NETWORK, NeedDomain.WORK, NeedDomain.LANGUAGE), false, 2), "victor", true);
        activate(application("DEMO-VOL-2", "Vera", "3000", Gender.WOMAN, AgeBand.FROM_55_TO_69,
                List.of(new SpokenLanguage("nl", LanguageLevel.NATIVE), new SpokenLanguage("fr", LanguageLevel.FLUENT),
                        new SpokenLanguage("en", LanguageLevel.GOOD)),
                EnumSet.of(Availability.WEEKDAYS), Set.of("reading", "gardening"),
                EnumSet.of(NeedDomain.HOUSING, NeedDomain.ADMINISTRATION, NeedDomain.LANGUAGE), true, 2), "vera", true);
        Random random = new Random(20261128L);
        for (int i = 3; i <= POOL_SIZE; i++) {
            activate(generated(random, i), null, random.nextInt(3) == 0);
        }
        applyAsVolunteer.apply(generated(new Random(7), POOL_SIZE + 1), SUBMITTED_BY);
        applyAsVolunteer.apply(generated(new Random(8), POOL_SIZE + 2), SUBMITTED_BY);
    }

    private void activate(VolunteerApplication application, String userId, boolean screenedForMinors) {
        String volunteerId = pool.addIfAbsent(application, SUBMITTED_BY, RequestFingerprint.of(application)).orElseThrow();
        if (userId != null) {
            pool.linkUser(volunteerId, userId);
        }
        LocalDate today = LocalDate.now();
        pool.startScreening(volunteerId, screenedForMinors, application.capacity());
        if (screenedForMinors) {
            pool.recordScreeningCheck(volunteerId, today.minusMonths(2), "cora", today.plusYears(3));
        }
        pool.activate(volunteerId, today.minusMonths(1), today.minusMonths(1));
    }

    private static VolunteerApplication generated(Random random, int number) {
        boolean gent = random.nextInt(5) < 3;
        String[] postalCodes = gent ? GENT : LEUVEN;
        List<SpokenLanguage> languages = new ArrayList<>();
        languages.add(new SpokenLanguage("nl", LanguageLevel.NATIVE));
        int extra = 1 + random.nextInt(2);
        Set<String> chosen = new TreeSet<>();
        while (chosen.size() < extra) {
            chosen.add(SECOND_LANGUAGES[random.nextInt(random.nextInt(4) == 0 ? SECOND_LANGUAGES.length : 2)]);
        }
        chosen.forEach(code -> languages.add(new SpokenLanguage(code,
                LanguageLevel.values()[random.nextInt(LanguageLevel.values().length - 1)])));
        Set<Availability> availability = EnumSet.noneOf(Availability.class);
        while (availability.isEmpty()) {
            for (Availability a : Availability.values()) {
                if (random.nextBoolean()) {
                    availability.add(a);
                }
            }
        }
        Set<NeedDomain> domains = EnumSet.noneOf(NeedDomain.class);
        while (domains.size() < 2) {
            domains.add(NeedDomain.values()[random.nextInt(NeedDomain.values().length)]);
        }
        Set<String> interests = new TreeSet<>();
        while (interests.size() < 2 + random.nextInt(2)) {
            interests.add(INTERESTS[random.nextInt(INTERESTS.length)]);
        }
        Gender gender = random.nextInt(10) < 6 ? Gender.WOMAN : Gender.MAN;
        return application("DEMO-VOL-" + number, FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                postalCodes[random.nextInt(postalCodes.length)], gender,
                AgeBand.values()[random.nextInt(AgeBand.values().length)], languages, availability, interests, domains,
                gender == Gender.WOMAN && random.nextInt(4) == 0, 1 + random.nextInt(2));
    }

    private static VolunteerApplication application(String reference, String firstName, String postalCode,
            Gender gender, AgeBand ageBand, List<SpokenLanguage> languages, Set<Availability> availability,
            Set<String> interests, Set<NeedDomain> domains, boolean womenOnly, int capacity) {
        return new VolunteerApplication(SOURCE, reference, firstName, "Demo " + reference.substring(9),
                firstName.toLowerCase() + "." + reference.toLowerCase() + "@demo.buddyflow.be", null, postalCode,
                postalCode.startsWith("9") ? "Gent" : "Leuven", languages, gender, ageBand,
                ageBand.ordinal() >= 1 && ageBand.ordinal() <= 3, availability, interests, domains, womenOnly, capacity);
    }
}
