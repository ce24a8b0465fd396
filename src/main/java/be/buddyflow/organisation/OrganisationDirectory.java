package be.buddyflow.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisations of this deployment, from configuration ({@code buddyflow.organisations}). A
 * referral goes to the organisation that serves the newcomer's postal code.
 */
@ConfigurationProperties("buddyflow")
public record OrganisationDirectory(List<Organisation> organisations) {

    public OrganisationDirectory {
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        long distinctPostalCodes = organisations.stream().flatMap(o -> o.postalCodes().stream()).distinct().count();
        long allPostalCodes = organisations.stream().mapToLong(o -> o.postalCodes().size()).sum();
        if (distinctPostalCodes != allPostalCodes) {
            throw new IllegalStateException(
                    "buddyflow.organisations: a postal code is served by more than one organisation");
        }
    }

    public Optional<Organisation> servingPostalCode(String postalCode) {
        return organisations.stream().filter(o -> o.serves(postalCode)).findFirst();
    }
}
