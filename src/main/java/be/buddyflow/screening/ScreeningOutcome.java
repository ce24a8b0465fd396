package be.buddyflow.screening;

/** What the eligibility decision (bpmn/screening-eligibility.dmn) concludes. */
public enum ScreeningOutcome {
    BUDDY_TRAJECTORY,
    PROFESSIONAL_SERVICES_ONLY
}
