package be.buddyflow.matching;

/**
 * The parts of the soft score, each a value in [0, 1]. The property name is the key of its weight
 * under {@code buddyflow.matching.weights}; the label is what the coordinator reads, Dutch first.
 */
public enum SoftPart {
    NEEDS_FIT("needs-fit", "Noden · Besoins · Needs"),
    INTERESTS("interests", "Interesses · Intérêts · Interests"),
    AVAILABILITY("availability", "Beschikbaarheid · Disponibilité · Availability"),
    DISTANCE("distance", "Afstand · Distance · Distance"),
    AGE_AND_FAMILY("age-and-family", "Leeftijd en gezin · Âge et famille · Age and family"),
    LOAD_BALANCE("load-balance", "Belasting · Charge · Load");

    private final String propertyName;
    private final String label;

    SoftPart(String propertyName, String label) {
        this.propertyName = propertyName;
        this.label = label;
    }

    /** Kebab-case key, e.g. {@code buddyflow.matching.weights.needs-fit}. */
    public String propertyName() {
        return propertyName;
    }

    public String label() {
        return label;
    }
}
