package be.buddyflow.matching;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the matching engine knows of a volunteer in the pool. Built by the volunteers feature from
 * its tables; the engine never reads the database itself.
 *
 * @param activeInPool     status ACTIVE (not applicant, in screening, paused or archived)
 * @param screeningValidUntil last day the criminal-record extract 596.2 check counts, or null if none
 * @param capacity         how many duos at once the volunteer takes
 * @param currentLoad      duos the volunteer has now
 * @param womenOnly        the volunteer wishes to be matched with women only
 */
public record VolunteerCandidate(
        String volunteerId,
        String firstName,
        Map<String, LanguageLevel> languages,
        Location location,
        Gender gender,
        AgeBand ageBand,
        boolean hasChildren,
        Set<Availability> availability,
        Set<String> interests,
        Set<NeedDomain> domains,
        boolean womenOnly,
        int capacity,
        int currentLoad,
        LocalDate screeningValidUntil,
        boolean activeInPool) {
}
