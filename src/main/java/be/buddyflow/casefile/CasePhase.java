package be.buddyflow.casefile;

/** Where a case stands in the trajectory, as partner systems and reports see it. */
public enum CasePhase {
    INTAKE,
    SCREENING,
    MATCHING,
    /** A duo is formed and meets: the active buddy trajectory. */
    ACTIVE,
    CLOSED
}
