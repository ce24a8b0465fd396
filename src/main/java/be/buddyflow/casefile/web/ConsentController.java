package be.buddyflow.casefile.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.buddyflow.api.Callers;
import be.buddyflow.api.Problems;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.ConsentLedger;
import be.buddyflow.casefile.ConsentPurpose;
import be.buddyflow.casefile.ConsentWithdrawalRefused;
import be.buddyflow.casefile.WithdrawConsent;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's consents, for the social workers of the organisation that works it: which are in force,
 * and withdrawing one when the newcomer asks. Other organisations' cases answer 404.
 */
@RestController
class ConsentController {

    private final CaseFileRepository caseFiles;
    private final ConsentLedger consents;
    private final WithdrawConsent withdrawConsent;
    private final AuditLog auditLog;

    ConsentController(CaseFileRepository caseFiles, ConsentLedger consents, WithdrawConsent withdrawConsent,
            AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.consents = consents;
        this.withdrawConsent = withdrawConsent;
        this.auditLog = auditLog;
    }

    @Operation(summary = "Consents in force for a case", description = "Purposes the newcomer consents to now: "
            + "SERVICES, BUDDY_CONTACT, REPORTING, and SHARING:<organisation> per named organisation.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ConsentsView.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or a case of another organisation", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/cases/{caseId}/consents", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> inForce(@PathVariable String caseId, Authentication authentication) {
        return ownCase(caseId, authentication)
                .<ResponseEntity<?>>map(id -> {
                    auditLog.read(id, Resource.CONSENT, Purpose.CONSENT_MANAGEMENT);
                    return ResponseEntity.ok(new ConsentsView(id, consents.inForce(id)));
                })
                .orElseGet(() -> notFound(caseId));
    }

    @Operation(summary = "Withdraw a consent", description = """
            The newcomer withdraws consent for one purpose: buddy-contact, reporting, or sharing (with the \
            organisation named in the query parameter). The consent stays in the ledger with who withdrew it and \
            when. Withdrawing buddy contact stops matching and ends an active duo: the trajectory goes to its \
            closure. Consent to services is the basis of the case file and is not withdrawn here (409).""")
    @ApiResponse(responseCode = "200", description = "Withdrawn; the consents still in force",
            content = @Content(schema = @Schema(implementation = ConsentsView.class)))
    @ApiResponse(responseCode = "400", description = "Unknown purpose", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or a case of another organisation", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not in force, or consent to services", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/cases/{caseId}/consents/{purpose}/withdrawal", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> withdraw(@PathVariable String caseId, @PathVariable String purpose,
            @RequestParam(required = false) String organisation, Authentication authentication) {
        Optional<String> own = ownCase(caseId, authentication);
        if (own.isEmpty()) {
            return notFound(caseId);
        }
        ConsentPurpose consentPurpose;
        try {
            consentPurpose = ConsentPurpose.valueOf(purpose.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST,
                    "purpose must be one of buddy-contact, reporting, sharing");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        try {
            List<String> inForce = withdrawConsent.withdraw(own.get(), consentPurpose, organisation,
                    authentication.getName());
            return ResponseEntity.ok(new ConsentsView(own.get(), inForce));
        } catch (ConsentWithdrawalRefused refused) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.CONFLICT, refused.getMessage()));
        }
    }

    private Optional<String> ownCase(String caseId, Authentication authentication) {
        return caseFiles.findReceptionFacts(caseId)
                .filter(facts -> Callers.memberOf(authentication, facts.organisationId()))
                .map(facts -> facts.caseId());
    }

    private static ResponseEntity<?> notFound(String caseId) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, "No case " + caseId + " of your organisation"));
    }

    record ConsentsView(String caseId, List<String> inForce) {
    }
}
