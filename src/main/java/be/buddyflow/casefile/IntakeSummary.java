package be.buddyflow.casefile;

import java.time.LocalDate;
import java.util.List;

/** What a social worker needs to review an intake: identity, languages, status, household, consent. */
public record IntakeSummary(
        String caseId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        List<String> languages,
        String postalCode,
        String municipality,
        String residenceStatus,
        LocalDate recognitionDate,
        String receptionType,
        String receptionName,
        Integer adults,
        Integer children,
        boolean consentBuddyContact,
        String legalBasis,
        String source) {
}
