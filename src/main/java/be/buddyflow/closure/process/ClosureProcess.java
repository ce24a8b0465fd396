package be.buddyflow.closure.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.trajectory.ProcessVariable;
import be.buddyflow.trajectory.TrajectoryProcess;

/**
 * {@code bpmn/trajectory-closure.bpmn}: the closure of a case. Business key = case id. In from the
 * parent: {@code caseId}, {@code caseTeam}, {@code closureReason} (see {@code trajectory.TrajectoryProcess})
 * and, when the case had a duo, {@code buddyVolunteerId} and {@code buddyVolunteerUser}. Nothing out.
 */
public final class ClosureProcess {

    public static final String KEY = "trajectory-closure";
    public static final String SERVICE_TASK_CLOSE_CASE = "ServiceTask_CloseCase";
    /** Asynchronous, retried on {@code buddyflow.partners.callback-retry-cycle}, beside the rest of the closure. */
    public static final String SERVICE_TASK_INFORM_PARTNER = "ServiceTask_InformPartner";
    public static final String SERVICE_TASK_RELEASE_VOLUNTEER = "ServiceTask_ReleaseVolunteer";
    public static final String SERVICE_TASK_THANK_VOLUNTEER = "ServiceTask_ThankVolunteer";
    public static final String GATEWAY_JOIN_EVALUATIONS = "Gateway_JoinEvaluations";
    public static final String USER_TASK_VOLUNTEER_EVALUATION = "UserTask_VolunteerFinalEvaluation";
    public static final String USER_TASK_SOCIAL_WORKER_EVALUATION = "UserTask_SocialWorkerFinalEvaluation";

    /** The volunteer's Tasklist account; absent or null for a volunteer without one, or without a duo. */
    public static final ProcessVariable<String> BUDDY_VOLUNTEER_USER = TrajectoryProcess.BUDDY_VOLUNTEER_USER;
    /** Whether the case had a duo: only then are there evaluations, thanks and a volunteer to release. */
    public static final ProcessVariable<Boolean> DUO_FORMED = bool("duoFormed");
    /** Total hours in the meeting log, as text ("42.5"), shown in forms/social-worker-final-evaluation.form. */
    public static final ProcessVariable<String> HOURS_LOGGED = string("hoursLogged");
    public static final ProcessVariable<Boolean> FOURTH_PILLAR_REACHED = bool("fourthPillarReached");
    /** Both evaluation tasks' due date (buddyflow.closure.evaluation-deadline from the closure's start). */
    public static final String EVALUATION_DUE_DATE = "evaluationDueDate";

    /** Fields of forms/volunteer-final-evaluation.form: removed once stored. */
    public static final ProcessVariable<String> VOLUNTEER_RATING = string("volunteerRating");
    /** YES or NO. */
    public static final ProcessVariable<String> WOULD_BUDDY_AGAIN = string("wouldBuddyAgain");
    public static final ProcessVariable<String> VOLUNTEER_COMMENT = string("volunteerComment");

    /** Fields of forms/social-worker-final-evaluation.form: removed once stored. */
    public static final ProcessVariable<String> SOCIAL_WORKER_RATING = string("socialWorkerRating");
    /** One of {@code closure.FinalEvaluations.GoalsReached}. */
    public static final ProcessVariable<String> GOALS_REACHED = string("goalsReached");
    public static final ProcessVariable<String> SOCIAL_WORKER_COMMENT = string("socialWorkerComment");

    private ClosureProcess() {
    }
}
