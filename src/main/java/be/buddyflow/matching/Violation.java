package be.buddyflow.matching;

/** Why a volunteer cannot be proposed for a newcomer: one broken hard constraint, explained. */
public record Violation(HardConstraint constraint, String explanation) {

    public String reasonCode() {
        return constraint.reasonCode();
    }
}
