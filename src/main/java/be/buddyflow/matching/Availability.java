package be.buddyflow.matching;

public enum Availability {
    WEEKDAYS,
    EVENINGS,
    WEEKENDS
}
