package be.buddyflow.intake.process;

import static be.buddyflow.trajectory.ProcessVariable.bool;
import static be.buddyflow.trajectory.ProcessVariable.integer;
import static be.buddyflow.trajectory.ProcessVariable.string;

import be.buddyflow.trajectory.ProcessVariable;

/**
 * The intake phase, {@code bpmn/trajectory-intake.bpmn}, called from the trajectory. Its review
 * variables are the fields of {@code forms/review-intake.form}; they live in the intake instance
 * only and never hold special-category data (docs/adr/0003).
 */
public final class IntakeProcess {

    public static final String KEY = "trajectory-intake";
    public static final String USER_TASK_REVIEW_INTAKE = "UserTask_ReviewIntake";

    public static final ProcessVariable<String> NEWCOMER_NAME = string("newcomerName");
    public static final ProcessVariable<String> DATE_OF_BIRTH = string("dateOfBirth");
    public static final ProcessVariable<String> LANGUAGES = string("languages");
    public static final ProcessVariable<String> ADDRESS_AREA = string("addressArea");
    public static final ProcessVariable<String> RESIDENCE_STATUS = string("residenceStatus");
    public static final ProcessVariable<String> RECOGNITION_DATE = string("recognitionDate");
    public static final ProcessVariable<String> RECEPTION_TYPE = string("receptionType");
    public static final ProcessVariable<String> RECEPTION_NAME = string("receptionName");
    public static final ProcessVariable<Integer> HOUSEHOLD_ADULTS = integer("householdAdults");
    public static final ProcessVariable<Integer> HOUSEHOLD_CHILDREN = integer("householdChildren");
    public static final ProcessVariable<Boolean> CONSENT_BUDDY_CONTACT = bool("consentBuddyContact");
    public static final ProcessVariable<String> LEGAL_BASIS = string("legalBasis");
    public static final ProcessVariable<String> REFERRAL_SOURCE = string("referralSource");

    /**
     * How many other cases of the same organisation may be the same person; absent when there are
     * none. The form shows it beside the most recent few.
     */
    public static final ProcessVariable<Integer> POSSIBLE_DUPLICATE_COUNT = integer("possibleDuplicateCount");
    /**
     * The case numbers of the most recent of those cases (at most {@code ReviewIntake.POSSIBLE_DUPLICATES_SHOWN}),
     * newest first, comma-separated; absent when there are none. Bounded: one string variable holds at most
     * 4,000 characters, and a list of every namesake outgrew it.
     */
    public static final ProcessVariable<String> POSSIBLE_DUPLICATES = string("possibleDuplicates");

    /** Output of the review, returned to the trajectory: one of {@code intake.IntakeDecision}. */
    public static final ProcessVariable<String> INTAKE_DECISION = string("intakeDecision");
    /** One of {@code intake.IntakeRejectionReason}, set only when the intake is rejected. */
    public static final ProcessVariable<String> INTAKE_REJECTION_REASON = string("intakeRejectionReason");

    private IntakeProcess() {
    }
}
