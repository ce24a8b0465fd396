package be.buddyflow.matching;

/**
 * Rules no proposal may break (domain.md, "Matching"). The name is the reason code stored with an
 * exclusion; the label is what the coordinator reads, Dutch first. Declared cheapest check first:
 * the engine stops at the first violation when it only needs a yes or no.
 */
public enum HardConstraint {
    ACTIVE_IN_POOL("Niet actief in de pool · Pas actif dans le pool · Not active in the pool"),
    CAPACITY("Geen plaats vrij · Pas de place libre · No capacity left"),
    GENDER_PREFERENCE("Voorkeur geslacht buddy · Préférence de genre · Buddy gender preference"),
    WOMEN_ONLY_WISH("Vrijwilliger kiest enkel vrouwen · Bénévole: femmes uniquement · Volunteer: women only"),
    SCREENING_596_2("Geen geldig uittreksel 596.2 · Pas d'extrait 596.2 valable · No valid 596.2 extract"),
    SHARED_LANGUAGE("Geen gedeelde taal · Aucune langue commune · No shared language"),
    WITHIN_DISTANCE("Te ver · Trop loin · Too far");

    private final String label;

    HardConstraint(String label) {
        this.label = label;
    }

    public String reasonCode() {
        return name();
    }

    public String label() {
        return label;
    }
}
