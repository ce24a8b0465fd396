package be.buddyflow.duo;

/** Why a duo ended ({@code duo.end_reason}); either way the volunteer's place is free again. */
public enum DuoEndReason {
    COMPLETED,
    ENDED_EARLY
}
