package be.buddyflow.intake;

/** No organisation of this deployment takes cases from the newcomer's postal code. */
public class NoOrganisationServesPostalCode extends RuntimeException {

    private final String postalCode;

    public NoOrganisationServesPostalCode(String postalCode) {
        super("No organisation of this Buddyflow installation serves postal code " + postalCode);
        this.postalCode = postalCode;
    }

    public String postalCode() {
        return postalCode;
    }
}
