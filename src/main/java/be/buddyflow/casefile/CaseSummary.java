package be.buddyflow.casefile;

import java.time.OffsetDateTime;

/** What a referring system may know about a case it referred: no personal data. */
public record CaseSummary(
        String caseId,
        String source,
        String externalReference,
        String referredBy,
        CaseStatus status,
        CasePhase phase,
        OffsetDateTime createdAt,
        OffsetDateTime closedAt,
        String closureReason) {
}
