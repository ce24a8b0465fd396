package be.buddyflow.intake;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A referral of a newcomer by a partner system: the body of {@code POST /api/referrals}. Field names
 * are the published contract (docs/api/openapi.yaml).
 */
public record Referral(
        @NotBlank @Size(max = 100) String source,
        @NotBlank @Size(max = 100) String externalReference,
        @NotNull @Valid Newcomer newcomer,
        @NotNull ResidenceStatus residenceStatus,
        @PastOrPresent LocalDate recognitionDate,
        @NotNull @Valid ReceptionPlace receptionPlace,
        @Valid Household household,
        @NotNull @Valid Consent consent,
        @Size(max = 4000) String notes) {

    public record Newcomer(
            @NotBlank @Size(max = 200) String givenName,
            @NotBlank @Size(max = 200) String familyName,
            @Past LocalDate dateOfBirth,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}",
                    message = "must be an ISO 639-1 code of two lower-case letters") String> languages,
            @NotBlank @Pattern(regexp = "[1-9][0-9]{3}", message = "must be a Belgian postal code of four digits")
            String postalCode,
            @Size(max = 100) String municipality,
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ./()-]{6,40}", message = "must be a phone number") String phone,
            @Email @Size(max = 254) String email) {
    }

    public record ReceptionPlace(@NotNull ReceptionType type, @Size(max = 200) String name) {
    }

    public record Household(@PositiveOrZero @Max(30) Integer adults, @PositiveOrZero @Max(30) Integer children) {
    }

    public record Consent(
            @NotNull @AssertTrue(message = "must be true: no case without consent to services") Boolean services,
            Boolean buddyContact,
            Boolean reporting,
            LegalBasis legalBasis,
            @Size(max = 10) List<@NotBlank @Size(max = 100) String> shareWith) {
    }

    public enum ResidenceStatus {
        RECOGNISED_REFUGEE, SUBSIDIARY_PROTECTION, ASYLUM_SEEKER, FAMILY_REUNIFICATION, OTHER
    }

    public enum ReceptionType {
        COLLECTIVE, INDIVIDUAL, PRIVATE
    }

    /** Why we may process the newcomer's data: an OCMW's public task, or the newcomer's consent. */
    public enum LegalBasis {
        CONSENT, PUBLIC_TASK
    }
}
