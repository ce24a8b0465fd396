package be.buddyflow.housing.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.integer;
import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.housing.HousingTransitions;
import be.buddyflow.trajectory.ProcessVariable;

/**
 * {@code bpmn/housing-transition.bpmn}: the move from collective reception to own housing. Business
 * key = case id; {@code caseId} and {@code caseTeam} are {@code trajectory.TrajectoryProcess}'s.
 * Dates are ISO strings: days as {@code yyyy-MM-dd}, moments (due dates, timers) with their offset.
 */
public final class HousingTransitionProcess {

    public static final String KEY = HousingTransitions.PROCESS_KEY;

    /** Sent to the trajectory, whose event subprocess calls this process. */
    public static final String MESSAGE_RECOGNITION_GRANTED = "RecognitionGranted";
    /** Partner systems: a lease was signed (leaseSignedOn, optional moveDate). */
    public static final String MESSAGE_HOUSING_FOUND = "HousingFound";
    public static final String MESSAGE_MOVE_DATE_SET = "MoveDateSet";
    public static final String MESSAGE_MOVED = "Moved";

    public static final String USER_TASK_HOLD_CONVERSATION = "UserTask_HoldConversation";
    public static final String USER_TASK_RECORD_CHOICE = "UserTask_RecordChoice";
    public static final String USER_TASK_ARRANGE_EARLY_DEPARTURE = "UserTask_ArrangeEarlyDeparture";
    public static final String USER_TASK_SEARCH_HOUSING = "UserTask_SearchHousing";
    public static final String USER_TASK_HELP_SEARCH_HOUSING = "UserTask_HelpSearchHousing";
    public static final String USER_TASK_DECIDE_EXTENSION = "UserTask_DecideExtension";
    public static final String USER_TASK_ARRANGE_DEPOSIT = "UserTask_ArrangeDeposit";
    public static final String USER_TASK_REQUEST_PREMIUM = "UserTask_RequestPremium";
    public static final String USER_TASK_REVIEW_REPEAT_PREMIUM = "UserTask_ReviewRepeatPremium";
    public static final String USER_TASK_CONFIRM_MOVE = "UserTask_ConfirmMove";
    public static final String USER_TASK_REGISTER_IN_MUNICIPALITY = "UserTask_RegisterInMunicipality";
    public static final String USER_TASK_HAND_OVER = "UserTask_HandOver";

    /** IN: the day protection was granted. */
    public static final ProcessVariable<String> RECOGNITION_DATE = string("recognitionDate");
    /** IN: the Tasklist account of the duo's volunteer; null: no volunteer tasks. */
    public static final ProcessVariable<String> BUDDY_VOLUNTEER_USER = string("buddyVolunteerUser");
    /** OUT: one of {@code housing.HousingOutcome}. */
    public static final ProcessVariable<String> HOUSING_OUTCOME = string("housingOutcome");

    /** Input parameter of the planning and warning steps: which deadline (see {@link Deadline}). */
    public static final ProcessVariable<String> HOUSING_DEADLINE = string("housingDeadline");

    public static final ProcessVariable<String> CONVERSATION_DUE_AT = string("conversationDueAt");
    public static final ProcessVariable<String> CONVERSATION_WARN_AT = string("conversationWarnAt");
    /** forms/housing-conversation.form. */
    public static final ProcessVariable<String> CONVERSATION_HELD_ON = string("conversationHeldOn");
    public static final ProcessVariable<String> CHOICE_DUE_AT = string("choiceDueAt");
    public static final ProcessVariable<String> CHOICE_WARN_AT = string("choiceWarnAt");
    /** forms/housing-choice.form: one of {@code housing.TransitionChoice}. */
    public static final ProcessVariable<String> TRANSITION_CHOICE = string("transitionChoice");
    /** forms/housing-choice.form: first day in individual reception. */
    public static final ProcessVariable<String> STAY_STARTS_ON = string("stayStartsOn");
    /** 2, 3 or 4. */
    public static final ProcessVariable<Integer> STAY_MONTHS = integer("stayMonths");
    public static final ProcessVariable<String> STAY_ENDS_ON = string("stayEndsOn");
    public static final ProcessVariable<String> STAY_DECIDE_FROM = string("stayDecideFrom");
    public static final ProcessVariable<String> STAY_DECISION_DUE_AT = string("stayDecisionDueAt");
    public static final ProcessVariable<String> STAY_DECISION_WARN_AT = string("stayDecisionWarnAt");
    /** forms/housing-stay-extension.form: EXTEND or END. */
    public static final ProcessVariable<String> STAY_DECISION = string("stayDecision");
    /** forms/housing-stay-extension.form: why a 4th month (a category, never a free text). */
    public static final ProcessVariable<String> EXCEPTIONAL_REASON = string("exceptionalReason");
    public static final String EXTEND = "EXTEND";
    public static final String END = "END";

    /** From HousingFound or forms/housing-search.form. */
    public static final ProcessVariable<String> LEASE_SIGNED_ON = string("leaseSignedOn");
    /** From HousingFound, MoveDateSet or forms/housing-search.form; may stay unknown. */
    public static final ProcessVariable<String> MOVE_DATE = string("moveDate");
    public static final ProcessVariable<String> MOVE_DUE_AT = string("moveDueAt");
    public static final ProcessVariable<String> DEPOSIT_DUE_AT = string("depositDueAt");
    public static final ProcessVariable<String> DEPOSIT_WARN_AT = string("depositWarnAt");

    public static final ProcessVariable<Boolean> INSTALLATION_PREMIUM_GRANTED_BEFORE = bool("installationPremiumGrantedBefore");
    public static final ProcessVariable<String> INSTALLATION_PREMIUM_GRANTED_BEFORE_ON = string("installationPremiumGrantedBeforeOn");
    /** forms/housing-installation-premium.form: GRANTED or NOT_GRANTED. */
    public static final ProcessVariable<String> INSTALLATION_PREMIUM_DECISION = string("installationPremiumDecision");
    public static final ProcessVariable<String> INSTALLATION_PREMIUM_GRANTED_ON = string("installationPremiumGrantedOn");
    public static final String GRANTED = "GRANTED";

    /** The deadlines planned by planHousingDeadlineDelegate and warned of by notifyHousingDeadlineDelegate. */
    public enum Deadline {
        CONVERSATION,
        CHOICE,
        STAY,
        RENTAL_DEPOSIT,
        MOVE
    }

    private HousingTransitionProcess() {
    }
}
