package be.buddyflow.closure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a proof of participation in a buddy trajectory states, for the newcomer to hand to the AgII
 * counsellor (4th pillar). Name and dates only: no special-category data, no notes.
 *
 * @param endedOn null while the trajectory runs
 * @param firstMeetingOn null when no meeting was logged
 */
public record ParticipationProof(String caseId, String givenName, String familyName, String organisationName,
        LocalDate startedOn, LocalDate endedOn, int meetings, LocalDate firstMeetingOn, LocalDate lastMeetingOn,
        BigDecimal hours) {

    public boolean fourthPillarReached() {
        return FourthPillar.reached(hours);
    }
}
