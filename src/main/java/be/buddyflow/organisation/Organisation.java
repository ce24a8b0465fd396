package be.buddyflow.organisation;

import java.util.List;

/**
 * A social-work organisation (an OCMW/CPAS or a partner NGO) that takes up the cases of the postal
 * codes it serves. Its id is also the id of the identity group whose members work its cases.
 */
public record Organisation(String id, String name, List<String> postalCodes) {

    public Organisation {
        postalCodes = postalCodes == null ? List.of() : List.copyOf(postalCodes);
    }

    public boolean serves(String postalCode) {
        return postalCodes.contains(postalCode);
    }
}
