package be.buddyflow.casefile;

import java.time.LocalDate;
import java.util.List;

/** The part of a case file that matching needs (domain.md: minimal buddy profile plus constraints). */
public record MatchingFacts(String caseId, List<String> languages, String postalCode, LocalDate dateOfBirth,
        Integer children, CaseStatus status) {
}
