package be.buddyflow.volunteers;

/** Why a volunteer leaves the pool or never enters it (form field {@code archiveReason}). */
public enum ArchiveReason {
    NOT_SUITABLE,
    SCREENING_NOT_VALID,
    TRAINING_NOT_COMPLETED,
    AGREEMENT_NOT_SIGNED,
    WITHDRAWN_BY_VOLUNTEER,
    NO_LONGER_AVAILABLE,
    MOVED_AWAY,
    OTHER
}
