package be.buddyflow.casefile;

/** Where a case stands in the trajectory, as partner systems and reports see it. */
public enum CasePhase {
    INTAKE,
    SCREENING,
    MATCHING,
    CLOSED
}
