package be.buddyflow.closure.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import be.buddyflow.api.Callers;
import be.buddyflow.api.Problems;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.closure.Participation;
import be.buddyflow.closure.ParticipationProofDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proof of participation of a newcomer, for the social workers of the organisation that works
 * the case (role {@code social-workers} and the organisation's group). Anyone else gets 404, not
 * 403: a social worker must not learn which case ids another organisation has.
 */
@RestController
class ParticipationProofController {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Participation participation;
    private final AuditLog auditLog;

    ParticipationProofController(Participation participation, AuditLog auditLog) {
        this.participation = participation;
        this.auditLog = auditLog;
    }

    @Operation(summary = "Proof of participation in the buddy trajectory", description = """
            A printable HTML page for the newcomer's AgII counsellor (Flemish 4th pillar, at least 40 hours): \
            the organisation, the newcomer's name, the trajectory's dates, the meetings and hours logged and whether \
            40 hours are reached. No other personal data. Only for social workers of the organisation working the \
            case; other cases answer 404.""")
    @ApiResponse(responseCode = "200", description = "The proof as an HTML page",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The account is not in the group social-workers", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or a case of another organisation", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    // No "produces": a browser, a script and Tasklist's link all get the page, whatever they accept.
    @GetMapping(path = "/api/cases/{caseId}/participation-proof")
    ResponseEntity<?> participationProof(@PathVariable String caseId, Authentication authentication) {
        boolean ownCase = participation.organisationOf(caseId)
                .filter(organisation -> Callers.memberOf(authentication, organisation))
                .isPresent();
        if (!ownCase) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "No case " + caseId + " of your organisation"));
        }
        String html = participation.proof(caseId)
                .map(proof -> ParticipationProofDocument.html(proof, LocalDate.now(BRUSSELS)))
                .orElseThrow();
        auditLog.export(caseId, Resource.PARTICIPATION_PROOF, Purpose.PROOF_OF_PARTICIPATION);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                // A page of our own origin: no script may run in it, whatever a name contains.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("Content-Disposition", "inline; filename=\"deelnamebewijs-" + caseId + ".html\"")
                .body(html);
    }
}
