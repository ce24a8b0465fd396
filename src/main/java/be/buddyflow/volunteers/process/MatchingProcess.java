package be.buddyflow.volunteers.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.string;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import be.buddyflow.trajectory.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * {@code bpmn/trajectory-matching.bpmn}: the matching phase of a case. Business key = case id;
 * {@code caseId} comes from {@code trajectory.TrajectoryProcess}.
 */
public final class MatchingProcess {

    public static final String KEY = "trajectory-matching";
    public static final String USER_TASK_APPROVE_MATCH = "UserTask_ApproveMatch";
    public static final String USER_TASK_ACCEPT_MATCH = "UserTask_AcceptMatch";
    public static final String USER_TASK_CONFIRM_NEWCOMER_AGREEMENT = "UserTask_ConfirmNewcomerAgreement";
    public static final String USER_TASK_REGISTER_FIRST_MEETING = "UserTask_RegisterFirstMeeting";
    public static final String USER_TASK_FOLLOW_UP_LONG_SEARCH = "UserTask_FollowUpLongSearch";
    public static final String NONE = "NONE";
    /** Sent to a case on the waiting list when a coordinator approves its pair of a cohort proposal. */
    public static final String MESSAGE_COHORT_MATCH_APPROVED = "CohortMatchApproved";

    /** The shortlist as text with every score's parts, shown in forms/approve-match.form. */
    public static final ProcessVariable<String> CANDIDATE_OVERVIEW = string("candidateOverview");
    /** Volunteer ids of the shortlist in its order, comma-separated. */
    public static final ProcessVariable<String> CANDIDATE_IDS = string("candidateIds");
    public static final ProcessVariable<Boolean> CANDIDATES_FOUND = bool("candidatesFound");
    /** The coordinator's choice: "1" to "5", or NONE for the waiting list. */
    public static final ProcessVariable<String> CHOSEN_CANDIDATE = string("chosenCandidate");
    /** Volunteers asked before for this case, comma-separated: never asked twice. */
    public static final ProcessVariable<String> ASKED_VOLUNTEERS = string("askedVolunteers");
    public static final ProcessVariable<String> PROPOSED_VOLUNTEER_ID = string("proposedVolunteerId");
    /** The volunteer's Tasklist account; null when they have none (a coordinator asks them). */
    public static final ProcessVariable<String> PROPOSED_VOLUNTEER_USER = string("proposedVolunteerUser");
    /** The proposed volunteer's first name, shown to the social worker who asks the newcomer. */
    public static final ProcessVariable<String> PROPOSED_VOLUNTEER_NAME = string("proposedVolunteerName");
    /** AGREES or DECLINES (forms/confirm-newcomer-agreement.form). */
    public static final ProcessVariable<String> NEWCOMER_ANSWER = string("newcomerAnswer");
    /** ISO date of the duo's first meeting (forms/register-first-meeting.form). */
    public static final ProcessVariable<String> FIRST_MEETING_ON = string("firstMeetingOn");
    /** The newcomer's minimal buddy profile, shown to the volunteer in forms/accept-match.form. */
    public static final ProcessVariable<String> BUDDY_PROFILE = string("buddyProfile");
    /** ACCEPTED, DECLINED, NO_ANSWER when the deadline passed, or NEWCOMER_DECLINED. */
    public static final ProcessVariable<String> VOLUNTEER_ANSWER = string("volunteerAnswer");
    /** ISO 8601 durations (buddyflow.trajectory.acceptance-deadline, buddyflow.trajectory.waiting-list-retry). */
    public static final ProcessVariable<String> ACCEPTANCE_DEADLINE = string("acceptanceDeadline");
    public static final ProcessVariable<String> WAITING_LIST_RETRY = string("waitingListRetry");
    /** The accept task's due date, for Tasklist's list. */
    public static final String ACCEPTANCE_DUE_DATE = "acceptanceDueDate";

    private MatchingProcess() {
    }

    static Set<String> askedVolunteers(VariableScope scope) {
        String asked = ASKED_VOLUNTEERS.get(scope);
        Set<String> ids = new LinkedHashSet<>();
        if (asked != null && !asked.isBlank()) {
            ids.addAll(Arrays.asList(asked.split(",")));
        }
        return ids;
    }
}
