package be.buddyflow.casefile.web;

import java.security.Principal;
import java.time.OffsetDateTime;

import be.buddyflow.api.Problems;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.CasePhase;
import be.buddyflow.casefile.CaseStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a referred case stands, for the system that referred it. Other systems' cases answer 404,
 * not 403: a partner must not learn which case ids exist.
 */
@RestController
class CaseController {

    private final CaseFileRepository caseFiles;
    private final AuditLog auditLog;

    CaseController(CaseFileRepository caseFiles, AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.auditLog = auditLog;
    }

    @Operation(summary = "Where a case stands", description = "Status, phase and dates of a case the caller referred. "
            + "No personal data. Cases referred by other systems answer 404, exactly like an unknown case.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseView.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The account is not in the group integration", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or referred by another system", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> get(@PathVariable String caseId, Principal principal) {
        // Another partner's case answers exactly like an unknown one: same status, same body.
        return caseFiles.findSummaryReferredBy(caseId, principal.getName())
                .<ResponseEntity<?>>map(s -> {
                    auditLog.read(s.caseId(), Resource.CASE_STATUS, Purpose.PARTNER_UPDATE);
                    return ResponseEntity.ok(new CaseView(s.caseId(), s.source(), s.externalReference(), s.status(),
                            s.phase(), s.createdAt(), s.closedAt(), s.closureReason()));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "No case " + caseId + " referred by you")));
    }

    record CaseView(String caseId, String source, String externalReference, CaseStatus status, CasePhase phase,
            OffsetDateTime referredAt, OffsetDateTime closedAt, String closureReason) {
    }
}
