package be.buddyflow.volunteers;

import java.util.List;
import java.util.Set;

import be.buddyflow.matching.AgeBand;
import be.buddyflow.matching.Availability;
import be.buddyflow.matching.Gender;
import be.buddyflow.matching.LanguageLevel;
import be.buddyflow.matching.NeedDomain;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An application to become a buddy, from a programme's website ({@code POST
 * /api/volunteers/applications}). The website's own reference makes a resent form harmless.
 */
public record VolunteerApplication(
        @NotBlank @Size(max = 100) String source,
        @NotBlank @Size(max = 100) String externalReference,
        @NotBlank @Size(max = 200) String givenName,
        @NotBlank @Size(max = 200) String familyName,
        @NotBlank @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ./()-]{6,40}", message = "must be a phone number") String phone,
        @NotBlank @Pattern(regexp = "[1-9][0-9]{3}", message = "must be a Belgian postal code of four digits")
        String postalCode,
        @Size(max = 100) String municipality,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid SpokenLanguage> languages,
        @NotNull Gender gender,
        @NotNull AgeBand ageBand,
        Boolean hasChildren,
        @NotEmpty Set<@NotNull Availability> availability,
        @Size(max = 20) Set<@NotBlank @Size(max = 40) @Pattern(regexp = "[a-z][a-z-]*",
                message = "must be a lower-case word such as cooking or football") String> interests,
        @NotEmpty Set<@NotNull NeedDomain> domains,
        Boolean womenOnly,
        @NotNull @Min(1) @Max(3) Integer capacity) {

    public record SpokenLanguage(
            @NotBlank @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code of two lower-case letters")
            String code,
            @NotNull LanguageLevel level) {
    }
}
