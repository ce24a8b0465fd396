package be.buddyflow.housing;

/** How a housing transition ended: the OUT variable {@code housingOutcome} of {@code housing-transition}. */
public enum HousingOutcome {
    /** Found housing during the stay in individual reception and moved in. */
    MOVED,
    /** Chose to leave the reception network early (food cheques for two months). */
    LEFT_EARLY,
    /** The stay in individual reception ended, at most after four months, without housing. */
    STAY_ENDED
}
