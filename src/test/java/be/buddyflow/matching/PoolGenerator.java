package be.buddyflow.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Generated but plausible waiting lists and pools, the same for a seed on every machine: the
 * property tests and the benchmark (src/jmh) draw from it. Places cluster around Gent, Antwerpen,
 * Brussel and Leuven; newcomers speak mostly Arabic, Dari/Farsi, Tigrinya, Ukrainian..., volunteers
 * mostly Dutch, French and English, with some Arabic and Farsi; Brussels volunteers speak French
 * more than Dutch. Scarcity is realistic: fewer places than newcomers near some cities.
 */
public final class PoolGenerator {

    /** The day the generated data is about; tests fix their clock to it. */
    public static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    private static final City GENT = new City("9000", 51.0543, 3.7174, false, 0.28, 0.22);
    private static final City ANTWERPEN = new City("2000", 51.2194, 4.4025, false, 0.20, 0.23);
    private static final City BRUSSEL = new City("1000", 50.8467, 4.3517, true, 0.30, 0.40);
    private static final City LEUVEN = new City("3000", 50.8798, 4.7005, false, 0.22, 0.15);
    private static final List<City> CITIES = List.of(GENT, ANTWERPEN, BRUSSEL, LEUVEN);

    private static final String[] INTERESTS = {"cooking", "football", "cycling", "music", "reading", "hiking",
            "gardening", "chess", "photography", "crafts", "running", "theatre", "board-games", "sewing", "languages"};
    private static final String[] NAMES = {"Anna", "Bram", "Charlotte", "Dries", "Eline", "Fatima", "Geert", "Hanne",
            "Ibrahim", "Joke", "Karim", "Lotte", "Maarten", "Nora", "Olivier", "Pieter", "Rania", "Sarah", "Tom",
            "Wout", "Yasmina", "Zeynep", "Lucas", "Marie", "Emma", "Louis", "Julie", "Arne", "Ines", "Mathilde"};

    /** First languages of newcomers looking for a buddy, roughly as Belgian reception figures go. */
    private static final Weighted<String> NEWCOMER_FIRST_LANGUAGE = new Weighted<>(
            List.of("ar", "fa", "ti", "uk", "ps", "so", "ru", "tr", "fr", "en"),
            new double[] {0.28, 0.14, 0.12, 0.12, 0.08, 0.07, 0.07, 0.06, 0.03, 0.03});
    /** Volunteers' languages beyond Dutch, French and English (a list: Map.of's order changes per run). */
    private static final List<Map.Entry<String, Double>> VOLUNTEER_OTHER_LANGUAGES = List.of(
            Map.entry("ar", 0.08), Map.entry("fa", 0.03), Map.entry("tr", 0.04), Map.entry("ru", 0.03),
            Map.entry("uk", 0.02), Map.entry("ti", 0.01), Map.entry("so", 0.01), Map.entry("ps", 0.01));

    private final Random random;

    public PoolGenerator(long seed) {
        this.random = new Random(seed);
    }

    public List<VolunteerCandidate> volunteers(int count) {
        List<VolunteerCandidate> volunteers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            City city = pick(CITIES, City::volunteerShare);
            volunteers.add(volunteer("VOL-%06d".formatted(i + 1), city, near(city, city.spreadKm())));
        }
        return volunteers;
    }

    /** Volunteers all within a few kilometres of the place: every one of them passes the distance check. */
    public List<VolunteerCandidate> volunteersNear(Location place, int count) {
        City city = CITIES.stream().min((a, b) -> Double.compare(a.location().distanceKm(place),
                b.location().distanceKm(place))).orElseThrow();
        List<VolunteerCandidate> volunteers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            volunteers.add(volunteer("VOL-%06d".formatted(i + 1), city, jitter(place, 2.0)));
        }
        return volunteers;
    }

    public List<NewcomerProfile> newcomers(int count) {
        List<NewcomerProfile> newcomers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            newcomers.add(newcomer("CASE-%06d".formatted(i + 1)));
        }
        return newcomers;
    }

    /** Newcomers all within a few kilometres of the place, for small dense instances. */
    public List<NewcomerProfile> newcomersNear(Location place, int count) {
        List<NewcomerProfile> newcomers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            NewcomerProfile n = newcomer("CASE-%06d".formatted(i + 1));
            newcomers.add(new NewcomerProfile(n.caseId(), n.languages(), jitter(place, 2.0), n.genderPreference(),
                    n.newcomerIsWoman(), n.minorsInHousehold(), n.familyWithChildren(), n.ageBand(), n.availability(),
                    n.interests(), n.needs(), n.waitingSince()));
        }
        return newcomers;
    }

    public NewcomerProfile newcomer(String caseId) {
        City city = pick(CITIES, City::newcomerShare);
        Set<String> languages = new TreeSet<>();
        String first = NEWCOMER_FIRST_LANGUAGE.draw(random);
        languages.add(first);
        if (("ti".equals(first) || "so".equals(first)) && chance(0.2)) {
            languages.add("ar");
        }
        if ("uk".equals(first) && chance(0.6)) {
            languages.add("ru");
        }
        if (chance(0.35)) {
            languages.add("en");
        }
        if (chance(city.francophone() ? 0.35 : 0.10)) {
            languages.add("fr");
        }
        if (chance(city.francophone() ? 0.03 : 0.08)) {
            languages.add("nl");
        }
        double preference = random.nextDouble();
        GenderPreference genderPreference = preference < 0.18 ? GenderPreference.WOMAN_ONLY
                : preference < 0.22 ? GenderPreference.MAN_ONLY : GenderPreference.NONE;
        boolean woman = genderPreference == GenderPreference.WOMAN_ONLY ? chance(0.9)
                : genderPreference == GenderPreference.MAN_ONLY ? chance(0.05) : chance(0.4);
        boolean minors = chance(0.4);
        // Waiting times skew short with a long tail, as on a real list.
        long waitedWeeks = Math.min(52, (long) (-Math.log(1 - random.nextDouble()) * 8));
        return new NewcomerProfile(caseId, languages, near(city, city.spreadKm()), genderPreference, woman, minors,
                minors || chance(0.05),
                pick(AgeBand.values(), 0.30, 0.45, 0.18, 0.06, 0.01),
                someOf(Availability.class, 1), someStrings(INTERESTS, 1, 4), someOf(NeedDomain.class, 1),
                TODAY.minusWeeks(waitedWeeks).minusDays(random.nextInt(7)));
    }

    private VolunteerCandidate volunteer(String id, City city, Location location) {
        Map<String, LanguageLevel> languages = new LinkedHashMap<>();
        if (chance(city.francophone() ? 0.45 : 0.97)) {
            languages.put("nl", city.francophone() ? level() : LanguageLevel.NATIVE);
        }
        if (chance(city.francophone() ? 0.9 : 0.35)) {
            languages.put("fr", city.francophone() ? LanguageLevel.NATIVE : level());
        }
        if (chance(0.7)) {
            languages.put("en", level());
        }
        for (Map.Entry<String, Double> other : VOLUNTEER_OTHER_LANGUAGES) {
            if (chance(other.getValue())) {
                languages.put(other.getKey(), level());
            }
        }
        if (languages.isEmpty()) {
            languages.put(city.francophone() ? "fr" : "nl", LanguageLevel.NATIVE);
        }
        int capacity = pick(new Integer[] {1, 2, 3}, 0.55, 0.35, 0.10);
        int load = chance(0.15) ? capacity : random.nextInt(capacity);
        double screening = random.nextDouble();
        LocalDate screeningValidUntil = screening < 0.55 ? TODAY.plusDays(1 + random.nextInt(3 * 365))
                : screening < 0.65 ? TODAY.minusDays(1 + random.nextInt(365)) : null;
        return new VolunteerCandidate(id, NAMES[random.nextInt(NAMES.length)], languages, location,
                pick(Gender.values(), 0.60, 0.35, 0.03, 0.02),
                pick(AgeBand.values(), 0.15, 0.30, 0.25, 0.22, 0.08),
                chance(0.4), someOf(Availability.class, 1), someStrings(INTERESTS, 2, 5), someOf(NeedDomain.class, 1),
                chance(0.08), capacity, load, screeningValidUntil, chance(0.92));
    }

    private LanguageLevel level() {
        return pick(LanguageLevel.values(), 0.25, 0.40, 0.30, 0.05);
    }

    /** Most people live in town, some in the villages around: a wider spread for one in five. */
    private Location near(City city, double spreadKm) {
        return jitter(city.location(), chance(0.2) ? spreadKm * 2.5 : spreadKm);
    }

    private Location jitter(Location centre, double sdKm) {
        double kmPerDegreeLatitude = 111.2;
        double kmPerDegreeLongitude = kmPerDegreeLatitude * Math.cos(Math.toRadians(centre.latitude()));
        return new Location(centre.postalCode(),
                centre.latitude() + random.nextGaussian() * sdKm / kmPerDegreeLatitude,
                centre.longitude() + random.nextGaussian() * sdKm / kmPerDegreeLongitude);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <E extends Enum<E>> Set<E> someOf(Class<E> type, int atLeast) {
        E[] all = type.getEnumConstants();
        Set<E> chosen = EnumSet.noneOf(type);
        while (chosen.size() < atLeast) {
            for (E value : all) {
                if (chance(0.4)) {
                    chosen.add(value);
                }
            }
        }
        return chosen;
    }

    private Set<String> someStrings(String[] all, int min, int max) {
        int size = min + random.nextInt(max - min + 1);
        Set<String> chosen = new TreeSet<>();
        while (chosen.size() < size) {
            chosen.add(all[random.nextInt(all.length)]);
        }
        return chosen;
    }

    private <T> T pick(T[] values, double... shares) {
        return new Weighted<>(List.of(values), shares).draw(random);
    }

    private <T> T pick(List<T> values, ToDoubleFunction<T> share) {
        return new Weighted<>(values, values.stream().mapToDouble(share).toArray()).draw(random);
    }

    private record City(String postalCode, double latitude, double longitude, boolean francophone,
            double volunteerShare, double newcomerShare) {

        Location location() {
            return new Location(postalCode, latitude, longitude);
        }

        /** Brussels is dense; the Flemish cities spread further into their suburbs. */
        double spreadKm() {
            return francophone ? 4.0 : 5.0;
        }
    }

    private record Weighted<T>(List<T> values, double[] shares) {

        T draw(Random random) {
            double total = 0;
            for (double share : shares) {
                total += share;
            }
            double point = random.nextDouble() * total;
            for (int i = 0; i < values.size(); i++) {
                point -= shares[i];
                if (point < 0) {
                    return values.get(i);
                }
            }
            return values.get(values.size() - 1);
        }
    }
}
