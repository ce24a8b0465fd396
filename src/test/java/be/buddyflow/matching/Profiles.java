package be.buddyflow.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A newcomer in Gent and a volunteer a kilometre away who meet every hard constraint: tests change
 * one thing and look at what that changes.
 */
final class Profiles {

    static final LocalDate TODAY = PoolGenerator.TODAY;
    static final Location GENT = new Location("9000", 51.0543, 3.7174);

    private Profiles() {
    }

    static MatchingEngine engine() {
        return engine(MatchingSettings.defaults());
    }

    static MatchingEngine engine(MatchingSettings settings) {
        return new MatchingEngine(settings, Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** A place {@code km} kilometres north of Gent's centre (one degree of latitude is 111.195 km). */
    static Location northOfGent(double km) {
        return new Location("9000", GENT.latitude() + km / 111.195, GENT.longitude());
    }

    static NewcomerBuilder newcomer(String caseId) {
        return new NewcomerBuilder(caseId);
    }

    static VolunteerBuilder volunteer(String volunteerId) {
        return new VolunteerBuilder(volunteerId);
    }

    static final class NewcomerBuilder {
        private final String caseId;
        private Set<String> languages = Set.of("ar", "nl");
        private Location location = GENT;
        private GenderPreference genderPreference = GenderPreference.NONE;
        private boolean woman = true;
        private boolean minors;
        private boolean familyWithChildren;
        private AgeBand ageBand = AgeBand.FROM_25_TO_39;
        private Set<Availability> availability = EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS);
        private Set<String> interests = Set.of("cooking", "football");
        private Set<NeedDomain> needs = EnumSet.of(NeedDomain.HOUSING, NeedDomain.WORK);
        private LocalDate waitingSince = TODAY;

        private NewcomerBuilder(String caseId) {
            this.caseId = caseId;
        }

        NewcomerBuilder languages(String... codes) {
            languages = Set.of(codes);
            return this;
        }

        NewcomerBuilder location(Location place) {
            location = place;
            return this;
        }

        NewcomerBuilder genderPreference(GenderPreference preference, boolean isWoman) {
            genderPreference = preference;
            woman = isWoman;
            return this;
        }

        NewcomerBuilder household(boolean minorsInHousehold, boolean withChildren) {
            minors = minorsInHousehold;
            familyWithChildren = withChildren;
            return this;
        }

        NewcomerBuilder ageBand(AgeBand band) {
            ageBand = band;
            return this;
        }

        NewcomerBuilder availability(Set<Availability> moments) {
            availability = moments;
            return this;
        }

        NewcomerBuilder interests(Set<String> values) {
            interests = values;
            return this;
        }

        NewcomerBuilder needs(Set<NeedDomain> domains) {
            needs = domains;
            return this;
        }

        NewcomerBuilder waitingSince(LocalDate since) {
            waitingSince = since;
            return this;
        }

        NewcomerProfile build() {
            return new NewcomerProfile(caseId, languages, location, genderPreference, woman, minors,
                    familyWithChildren, ageBand, availability, interests, needs, waitingSince);
        }
    }

    static final class VolunteerBuilder {
        private final String volunteerId;
        private Map<String, LanguageLevel> languages = Map.of("nl", LanguageLevel.NATIVE);
        private Location location = northOfGent(1);
        private Gender gender = Gender.WOMAN;
        private AgeBand ageBand = AgeBand.FROM_25_TO_39;
        private boolean hasChildren;
        private Set<Availability> availability = EnumSet.of(Availability.EVENINGS, Availability.WEEKENDS);
        private Set<String> interests = Set.of("cooking", "football");
        private Set<NeedDomain> domains = EnumSet.of(NeedDomain.HOUSING, NeedDomain.WORK);
        private boolean womenOnly;
        private int capacity = 2;
        private int currentLoad;
        private LocalDate screeningValidUntil;
        private boolean active = true;

        private VolunteerBuilder(String volunteerId) {
            this.volunteerId = volunteerId;
        }

        VolunteerBuilder languages(Map<String, LanguageLevel> spoken) {
            languages = spoken;
            return this;
        }

        VolunteerBuilder location(Location place) {
            location = place;
            return this;
        }

        VolunteerBuilder gender(Gender value) {
            gender = value;
            return this;
        }

        VolunteerBuilder family(AgeBand band, boolean children) {
            ageBand = band;
            hasChildren = children;
            return this;
        }

        VolunteerBuilder availability(Set<Availability> moments) {
            availability = moments;
            return this;
        }

        VolunteerBuilder interests(Set<String> values) {
            interests = values;
            return this;
        }

        VolunteerBuilder domains(Set<NeedDomain> values) {
            domains = values;
            return this;
        }

        VolunteerBuilder womenOnly(boolean wish) {
            womenOnly = wish;
            return this;
        }

        VolunteerBuilder load(int duos, int current) {
            capacity = duos;
            currentLoad = current;
            return this;
        }

        VolunteerBuilder screenedUntil(LocalDate validUntil) {
            screeningValidUntil = validUntil;
            return this;
        }

        VolunteerBuilder active(boolean inPool) {
            active = inPool;
            return this;
        }

        VolunteerCandidate build() {
            return new VolunteerCandidate(volunteerId, "Anna", languages, location, gender, ageBand, hasChildren,
                    availability, interests, domains, womenOnly, capacity, currentLoad, screeningValidUntil, active);
        }
    }
}
