package be.buddyflow.closure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a proof of participation in a buddy trajectory states, for the newcomer to hand to the AgII
 * counsellor (4th pillar). Names, dates and hours only: no special-category data, no notes.
 *
 * @param volunteerNames the buddies of the case, first duo first (a rematch adds one)
 * @param startedOn the first registered meeting of the first duo, or the duo's start, or the referral
 * @param firstMeetingOn the first meeting as registered when the duo formed; null when none was
 * @param endedOn the closure; null while the trajectory runs
 * @param meetings the meeting log, oldest first
 */
public record ParticipationProof(String caseId, String givenName, String familyName, String organisationName,
        List<String> volunteerNames, LocalDate startedOn, LocalDate firstMeetingOn, LocalDate endedOn,
        List<LoggedMeeting> meetings) {

    public ParticipationProof {
        volunteerNames = List.copyOf(volunteerNames);
        meetings = meetings.stream().sorted(Comparator.comparing(LoggedMeeting::metOn)).toList();
    }

    /** One line of the meeting log as the proof shows it: the day and its hours, nothing else. */
    public record LoggedMeeting(LocalDate metOn, BigDecimal hours) {
    }

    public int meetingCount() {
        return meetings.size();
    }

    public BigDecimal hours() {
        return meetings.stream().map(LoggedMeeting::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean fourthPillarReached() {
        return FourthPillar.reached(hours());
    }

    /** The earliest logged meeting; null when none was logged. */
    public LocalDate firstLoggedOn() {
        return meetings.isEmpty() ? null : meetings.get(0).metOn();
    }

    /** The latest logged meeting; null when none was logged. */
    public LocalDate lastMeetingOn() {
        return meetings.isEmpty() ? null : meetings.get(meetings.size() - 1).metOn();
    }

    /**
     * The period the proof attests starts at the first meeting: the registered one, or an earlier
     * logged one (a log from before the refusal of such meetings), so no listed meeting lies outside
     * it. Null when the duo never met.
     */
    public LocalDate periodFrom() {
        LocalDate logged = firstLoggedOn();
        if (firstMeetingOn == null) {
            return logged;
        }
        return logged == null || firstMeetingOn.isBefore(logged) ? firstMeetingOn : logged;
    }

    /**
     * It ends at the closure, or at the last meeting while the trajectory runs; never before a listed
     * meeting. Null when the duo never met.
     */
    public LocalDate periodUntil() {
        LocalDate from = periodFrom();
        if (from == null) {
            return null;
        }
        LocalDate until = endedOn != null ? endedOn : lastMeetingOn() != null ? lastMeetingOn() : from;
        LocalDate last = lastMeetingOn();
        if (last != null && last.isAfter(until)) {
            until = last;
        }
        return until.isBefore(from) ? from : until;
    }

    public boolean ongoing() {
        return endedOn == null;
    }
}
