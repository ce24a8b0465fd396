package be.buddyflow.volunteers.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.string;

import java.util.List;

import be.buddyflow.trajectory.ProcessVariable;

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

    /** The shortlist as entries with every score's parts in words, shown in forms/approve-match.form. */
    public static final ProcessVariable<String> CANDIDATE_OVERVIEW = string("candidateOverview");
    /**
     * One readable option per candidate ("Victor · 72,5 van 100 · 3,2 km · …"), {@code candidateLabel1}
     * to {@code candidateLabel5}, null where the shortlist is shorter: the labels of the choice
     * "1" to "5" in forms/approve-match.form (its {@code valuesExpression}).
     */
    public static final List<ProcessVariable<String>> CANDIDATE_LABELS = List.of(string("candidateLabel1"),
            string("candidateLabel2"), string("candidateLabel3"), string("candidateLabel4"),
            string("candidateLabel5"));
    /** The newcomer's matching profile in words, shown beside the candidates (no contact data). */
    public static final ProcessVariable<String> NEWCOMER_PROFILE = string("newcomerProfile");
    /** Volunteer ids of the shortlist in its order, comma-separated. */
    public static final ProcessVariable<String> CANDIDATE_IDS = string("candidateIds");
    public static final ProcessVariable<Boolean> CANDIDATES_FOUND = bool("candidatesFound");
    /** The coordinator's choice: "1" to "5", or NONE for the waiting list. */
    public static final ProcessVariable<String> CHOSEN_CANDIDATE = string("chosenCandidate");
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
}
