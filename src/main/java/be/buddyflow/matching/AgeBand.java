package be.buddyflow.matching;

/** Age in bands: enough for matching, less precise than a date of birth. */
public enum AgeBand {
    UNDER_25,
    FROM_25_TO_39,
    FROM_40_TO_54,
    FROM_55_TO_69,
    OVER_70
}
