package be.buddyflow.screening.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.integer;
import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.trajectory.ProcessVariable;

/**
 * {@code bpmn/trajectory-screening.bpmn} and its decision {@code bpmn/screening-eligibility.dmn}.
 * The form's fields are booleans per domain and moment (Camunda Forms would store a checklist as
 * JSON, which this engine does not serialise); the delegate turns them into the case file's sets.
 */
public final class ScreeningProcess {

    public static final String KEY = "trajectory-screening";
    public static final String USER_TASK_ASSESS_NEEDS = "UserTask_AssessNeeds";

    public static final ProcessVariable<Boolean> NEED_SOCIAL_NETWORK = bool("needSocialNetwork");
    public static final ProcessVariable<Boolean> NEED_HOUSING = bool("needHousing");
    public static final ProcessVariable<Boolean> NEED_WORK = bool("needWork");
    public static final ProcessVariable<Boolean> NEED_LANGUAGE = bool("needLanguage");
    public static final ProcessVariable<Boolean> NEED_ADMINISTRATION = bool("needAdministration");
    public static final ProcessVariable<Boolean> AVAILABLE_WEEKDAYS = bool("availableWeekdays");
    public static final ProcessVariable<Boolean> AVAILABLE_EVENINGS = bool("availableEvenings");
    public static final ProcessVariable<Boolean> AVAILABLE_WEEKENDS = bool("availableWeekends");
    /** Lower-case words separated by commas, e.g. "cooking, football". */
    public static final ProcessVariable<String> INTERESTS = string("interests");
    /** One of {@code matching.Gender}. */
    public static final ProcessVariable<String> NEWCOMER_GENDER = string("newcomerGender");
    /** One of {@code matching.GenderPreference}. */
    public static final ProcessVariable<String> GENDER_PREFERENCE = string("genderPreference");
    public static final ProcessVariable<Boolean> BUDDY_WANTED = bool("buddyWanted");
    /** Needs beyond what a volunteer can carry; which ones stays in the social worker's file, not here. */
    public static final ProcessVariable<Boolean> NEEDS_PROFESSIONAL_SUPPORT = bool("needsProfessionalSupport");

    /** Inputs of the decision taken from the referral. */
    public static final ProcessVariable<Boolean> CONSENT_BUDDY_CONTACT = bool("consentBuddyContact");
    public static final ProcessVariable<String> RESIDENCE_STATUS = string("residenceStatus");
    public static final ProcessVariable<String> RECEPTION_TYPE = string("receptionType");
    public static final ProcessVariable<Boolean> MINORS_IN_HOUSEHOLD = bool("minorsInHousehold");
    public static final ProcessVariable<Integer> NEED_COUNT = integer("needCount");

    /** Outputs of the decision: one of {@code screening.ScreeningOutcome}, and HIGH or NORMAL. */
    public static final ProcessVariable<String> SCREENING_OUTCOME = string("screeningOutcome");
    public static final ProcessVariable<String> PRIORITY = string("priority");

    private ScreeningProcess() {
    }
}
