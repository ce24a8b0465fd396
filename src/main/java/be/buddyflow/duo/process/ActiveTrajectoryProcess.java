package be.buddyflow.duo.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.integer;
import static be.buddyflow.trajectory.ProcessVariable.number;
import static be.buddyflow.trajectory.ProcessVariable.string;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import be.buddyflow.trajectory.FormRefusal;
import be.buddyflow.trajectory.ProcessVariable;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * {@code bpmn/trajectory-active.bpmn}: the active buddy trajectory of a duo. Business key = case id;
 * {@code caseId}, {@code caseTeam} and {@code buddyVolunteerId} are {@code trajectory.TrajectoryProcess}'s.
 */
public final class ActiveTrajectoryProcess {

    public static final String KEY = "trajectory-active";

    /** The volunteer raised a concern (process duo-concern); a social worker picks it up. */
    public static final String MESSAGE_CONCERN_RAISED = "DuoConcernRaised";
    /** The volunteer, or a social worker for the newcomer, asks to end the duo (process duo-end-request). */
    public static final String MESSAGE_END_REQUESTED = "DuoEndRequested";

    public static final String USER_TASK_LOG_MEETING = "UserTask_LogMeeting";
    public static final String USER_TASK_FOLLOW_UP_MISSING_LOG = "UserTask_FollowUpMissingLog";
    public static final String USER_TASK_CHECK_IN = "UserTask_CheckIn";
    public static final String USER_TASK_EVALUATE_MIDPOINT_VOLUNTEER = "UserTask_EvaluateMidpointVolunteer";
    public static final String USER_TASK_EVALUATE_MIDPOINT_NEWCOMER = "UserTask_EvaluateMidpointNewcomer";
    public static final String USER_TASK_ASSESS_DUO_END = "UserTask_AssessDuoEnd";
    public static final String USER_TASK_FOLLOW_UP_CONCERN = "UserTask_FollowUpConcern";

    /** The volunteer's Tasklist account: assignee of the volunteer's tasks; null without an account. */
    public static final ProcessVariable<String> BUDDY_VOLUNTEER_USER = string("buddyVolunteerUser");
    /** ISO 8601 period of the whole trajectory (buddyflow.trajectory.duration, P6M). */
    public static final ProcessVariable<String> TRAJECTORY_DURATION = string("trajectoryDuration");
    /** ISO 8601 duration without a logged meeting before the volunteer is reminded (P14D), repeated. */
    public static final ProcessVariable<String> MEETING_INTERVAL = string("meetingInterval");
    /** ISO 8601 duration from the reminder to the coordinators' follow-up task (P7D). */
    public static final ProcessVariable<String> MEETING_FOLLOW_UP_AFTER = string("meetingFollowUpAfter");

    /** Dates of the plan, ISO 8601 with offset; the timers and due dates read them. */
    public static final ProcessVariable<String> STARTED_AT = string("trajectoryStartedAt");
    public static final ProcessVariable<String> END_DATE = string("endDate");
    public static final ProcessVariable<String> MIDPOINT_DATE = string("midpointDate");
    public static final ProcessVariable<String> EVALUATION_DUE_DATE = string("evaluationDueDate");
    /** The coordinator's check-ins: which one comes next, when, and whether one still fits before the end. */
    public static final ProcessVariable<Integer> CHECK_IN_NUMBER = integer("checkInNumber");
    public static final ProcessVariable<String> CHECK_IN_DATE = string("checkInDate");
    public static final ProcessVariable<String> CHECK_IN_DUE_DATE = string("checkInDueDate");
    public static final ProcessVariable<Boolean> MORE_CHECK_INS = bool("moreCheckIns");
    /** The date of the last meeting logged, for the coordinator who follows up a missing log. */
    public static final ProcessVariable<String> LAST_MEETING_ON = string("lastMeetingOn");

    /** Fields of forms/log-meeting.form: removed from the instance once meeting_log holds them. */
    public static final ProcessVariable<String> MET_ON = string("metOn");
    public static final ProcessVariable<Number> MEETING_HOURS = number("meetingHours");
    public static final ProcessVariable<Boolean> DOMAIN_SOCIAL_NETWORK = bool("domainSocialNetwork");
    public static final ProcessVariable<Boolean> DOMAIN_HOUSING = bool("domainHousing");
    public static final ProcessVariable<Boolean> DOMAIN_WORK = bool("domainWork");
    public static final ProcessVariable<Boolean> DOMAIN_LANGUAGE = bool("domainLanguage");
    public static final ProcessVariable<Boolean> DOMAIN_ADMINISTRATION = bool("domainAdministration");
    public static final ProcessVariable<String> MEETING_NOTE = string("meetingNote");
    public static final List<ProcessVariable<?>> MEETING_FORM_FIELDS = List.of(MET_ON, MEETING_HOURS,
            DOMAIN_SOCIAL_NETWORK, DOMAIN_HOUSING, DOMAIN_WORK, DOMAIN_LANGUAGE, DOMAIN_ADMINISTRATION, MEETING_NOTE);

    /** Mid-point ratings (duo.EvaluationRating), removed once duo_evaluation holds them. */
    public static final ProcessVariable<String> VOLUNTEER_RATING = string("volunteerRating");
    public static final ProcessVariable<String> NEWCOMER_RATING = string("newcomerRating");

    /** forms/duo-check-in.form: closed lists only. */
    public static final ProcessVariable<String> CHECK_IN_CONTACT = string("checkInContact");
    public static final ProcessVariable<String> CHECK_IN_RATING = string("checkInRating");

    /** Who asked to end the duo (duo.Perspective) and why (duo.EndRequestReason), set by the message. */
    public static final ProcessVariable<String> END_REQUESTED_FOR = string("endRequestedFor");
    public static final ProcessVariable<String> END_REQUEST_REASON = string("endRequestReason");
    /** The coordinator's decision in forms/assess-duo-end.form: REMATCH or CLOSE. */
    public static final ProcessVariable<String> END_DECISION = string("endDecision");
    /** Returned to the parent: one of duo.ActiveOutcome. */
    public static final ProcessVariable<String> ACTIVE_OUTCOME = string("activeOutcome");
    /** The duo_request row of the latest concern; each follow-up task keeps its own copy. */
    public static final ProcessVariable<String> CONCERN_ID = string("concernId");

    static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    private ActiveTrajectoryProcess() {
    }

    /** A local Belgian time as the engine reads timer dates and due dates: with its offset. */
    static String at(LocalDateTime time) {
        return time.atZone(BELGIUM).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * The case of the instance. A person who completes a task can send any variable with it, the
     * case id too; the business key they cannot change, so the two must still agree.
     */
    static String caseId(DelegateExecution execution) {
        String caseId = TrajectoryProcess.CASE_ID.require(execution);
        if (!caseId.equals(execution.getProcessBusinessKey())) {
            throw FormRefusal.of(TrajectoryProcess.CASE_ID.name(), "Het dossiernummer kan niet gewijzigd worden · Le numéro de dossier ne peut pas"
                    + " être modifié · The case number cannot be changed");
        }
        return caseId;
    }

    static LocalDateTime local(String at) {
        return OffsetDateTime.parse(at).atZoneSameInstant(BELGIUM).toLocalDateTime();
    }
}
