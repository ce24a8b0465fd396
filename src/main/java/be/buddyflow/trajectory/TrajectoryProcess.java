package be.buddyflow.trajectory;

import static be.buddyflow.trajectory.ProcessVariable.string;

/**
 * The main process of a case, {@code bpmn/buddy-trajectory.bpmn}: its key and its variables. The
 * business key of every instance is the case id.
 */
public final class TrajectoryProcess {

    public static final String KEY = "buddy-trajectory";

    /**
     * The newcomer was recognised while in collective reception: starts the housing transition beside
     * whatever phase the case is in (non-interrupting event subprocess).
     */
    public static final String MESSAGE_RECOGNITION_GRANTED = "RecognitionGranted";

    /**
     * The newcomer withdrew consent to contact by a buddy: ends matching or the active duo and closes
     * the buddy trajectory (interrupting boundary events on both call activities).
     */
    public static final String MESSAGE_BUDDY_CONTACT_WITHDRAWN = "BuddyContactWithdrawn";

    /** A referring system reports that the newcomer left the programme (closes the case). */
    public static final String MESSAGE_LEFT_PROGRAMME = "LeftProgramme";

    /** The case id, also the business key; the only link from the process to the case file. */
    public static final ProcessVariable<String> CASE_ID = string("caseId");

    /** Identity group of the organisation that works the case: candidate group of its tasks. */
    public static final ProcessVariable<String> CASE_TEAM = string("caseTeam");

    /** Why the case closed, one of {@code closure.ClosureReason}. */
    public static final ProcessVariable<String> CLOSURE_REASON = string("closureReason");

    /** Returned by the intake phase: one of {@code intake.IntakeDecision}. */
    public static final ProcessVariable<String> INTAKE_DECISION = string("intakeDecision");

    /** Fields of {@code forms/schedule-screening.form}. */
    public static final ProcessVariable<String> SCREENING_DATE = string("screeningDate");
    public static final ProcessVariable<String> SCREENING_MODE = string("screeningMode");
    public static final ProcessVariable<Boolean> INTERPRETER_NEEDED = ProcessVariable.bool("interpreterNeeded");
    public static final ProcessVariable<String> INTERPRETER_LANGUAGE = string("interpreterLanguage");

    public static final String USER_TASK_SCHEDULE_SCREENING = "UserTask_ScheduleScreening";

    /** How long a volunteer has to answer a proposal (buddyflow.trajectory.acceptance-deadline, P3D). */
    public static final ProcessVariable<String> ACCEPTANCE_DEADLINE = string("acceptanceDeadline");
    /** How long a case waits before the pool is searched again (buddyflow.trajectory.waiting-list-retry, P7D). */
    public static final ProcessVariable<String> WAITING_LIST_RETRY = string("waitingListRetry");
    /**
     * Every this long without a duo, the coordinators get a follow-up task
     * (buddyflow.trajectory.waiting-list-escalation, P30D).
     */
    public static final ProcessVariable<String> WAITING_LIST_ESCALATION = string("waitingListEscalation");
    /** The volunteer of the duo, returned by the matching phase. */
    public static final ProcessVariable<String> BUDDY_VOLUNTEER_ID = string("buddyVolunteerId");
    /** The duo volunteer's Tasklist account: the assignee of the volunteer's tasks in later phases. */
    public static final ProcessVariable<String> BUDDY_VOLUNTEER_USER = string("buddyVolunteerUser");

    /** Length of the active trajectory, ISO 8601 period (buddyflow.trajectory.duration, P6M). */
    public static final ProcessVariable<String> TRAJECTORY_DURATION = string("trajectoryDuration");
    /** A meeting is expected at least this often (buddyflow.trajectory.meeting-interval, P14D). */
    public static final ProcessVariable<String> MEETING_INTERVAL = string("meetingInterval");
    /**
     * This long after the reminder about a missing meeting log, the coordinators get a follow-up task
     * (buddyflow.trajectory.meeting-follow-up-after, P7D).
     */
    public static final ProcessVariable<String> MEETING_FOLLOW_UP_AFTER = string("meetingFollowUpAfter");
    /** Returned by the active phase: COMPLETED, REMATCH or CLOSE. */
    public static final ProcessVariable<String> ACTIVE_OUTCOME = string("activeOutcome");

    /** Date of recognition (yyyy-MM-dd), carried by {@link #MESSAGE_RECOGNITION_GRANTED}. */
    public static final ProcessVariable<String> RECOGNITION_DATE = string("recognitionDate");

    private TrajectoryProcess() {
    }
}
