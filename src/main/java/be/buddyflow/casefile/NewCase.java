package be.buddyflow.casefile;

import java.time.LocalDate;
import java.util.List;

/** Everything a referral brings into a new case file. */
public record NewCase(
        String source,
        String externalReference,
        String requestFingerprint,
        String organisationId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        List<String> languages,
        String postalCode,
        String municipality,
        String phone,
        String email,
        String residenceStatus,
        LocalDate recognitionDate,
        String receptionType,
        String receptionName,
        Integer adults,
        Integer children,
        boolean consentServices,
        boolean consentBuddyContact,
        boolean consentReporting,
        String legalBasis,
        String notes,
        String referredBy) {
}
