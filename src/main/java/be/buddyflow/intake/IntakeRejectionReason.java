package be.buddyflow.intake;

/**
 * Why an intake is not taken up (form field {@code intakeRejectionReason}). A closed list on purpose:
 * free text in a process variable could carry health or other special-category data.
 */
public enum IntakeRejectionReason {
    NOT_ELIGIBLE,
    NO_CONSENT,
    DUPLICATE,
    OUT_OF_AREA,
    REFERRED_ELSEWHERE,
    DECLINED_BY_NEWCOMER
}
