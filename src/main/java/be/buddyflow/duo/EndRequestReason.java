package be.buddyflow.duo;

/** Why someone asks to end a duo early: a closed list, so no free text lands in the process. */
public enum EndRequestReason {
    NO_CONNECTION,
    NO_TIME,
    MOVED_AWAY,
    GOALS_REACHED,
    CONDUCT_OR_SAFETY,
    OTHER
}
