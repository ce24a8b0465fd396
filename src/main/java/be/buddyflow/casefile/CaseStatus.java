package be.buddyflow.casefile;

public enum CaseStatus {
    OPEN,
    CLOSED
}
