package be.buddyflow.duo;

/** How the active trajectory ended, returned to the parent trajectory as {@code activeOutcome}. */
public enum ActiveOutcome {
    /** The planned duration is over; the case goes on to closure. */
    COMPLETED,
    /** The duo ended early and the newcomer gets a new buddy. */
    REMATCH,
    /** The duo ended early and the case closes. */
    CLOSE
}
