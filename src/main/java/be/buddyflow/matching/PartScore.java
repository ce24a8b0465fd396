package be.buddyflow.matching;

/**
 * One part of a candidate's score, as the coordinator's approval form shows it.
 *
 * @param value        the part on its own, in [0, 1]
 * @param weight       the configured weight
 * @param contribution points this part adds to the 0..100 score: 100 x weight x value / sum of weights
 * @param explanation  short Dutch-first text, e.g. "Afstand · Distance · Distance: 3,2 km (max. 15 km)"
 */
public record PartScore(SoftPart part, double value, double weight, double contribution, String explanation) {

    public String name() {
        return part.propertyName();
    }
}
