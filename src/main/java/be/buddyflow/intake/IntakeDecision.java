package be.buddyflow.intake;

/** The social worker's decision on an intake (form field {@code intakeDecision}). */
public enum IntakeDecision {
    ACCEPTED,
    REJECTED
}
