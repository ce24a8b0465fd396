package be.buddyflow.erasure.web;

import be.buddyflow.api.Callers;
import be.buddyflow.api.Problems;
import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.casefile.EraseCaseFile;
import be.buddyflow.erasure.ErasureReason;
import be.buddyflow.erasure.ErasureRequests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A social worker asks to erase a newcomer's data; a manager approves it in Tasklist ("Wissing van
 * dossier beoordelen"), never the same person. Other organisations' cases answer 404.
 */
@RestController
class ErasureController {

    private final CaseFileRepository caseFiles;
    private final EraseCaseFile erasedCases;
    private final ErasureRequests requests;

    ErasureController(CaseFileRepository caseFiles, EraseCaseFile erasedCases, ErasureRequests requests) {
        this.caseFiles = caseFiles;
        this.erasedCases = erasedCases;
        this.requests = requests;
    }

    @Operation(summary = "Ask to erase a case's personal data", description = """
            Starts the four-eyes approval (process case-erasure): a manager other than the requester decides in \
            Tasklist within a month. On approval the case file is anonymised and every process instance of the case \
            is removed from the engine's runtime and history; the anonymous case row and the audit trail stay.""")
    @ApiResponse(responseCode = "202", description = "Awaiting approval",
            content = @Content(schema = @Schema(implementation = ErasureView.class)))
    @ApiResponse(responseCode = "400", description = "Missing or unknown reason", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or a case of another organisation", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already erased, or an erasure request is pending", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/cases/{caseId}/erasure-requests", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> request(@PathVariable String caseId, @Valid @RequestBody ErasureRequest body,
            Authentication authentication) {
        boolean ownCase = caseFiles.findReceptionFacts(caseId)
                .filter(facts -> Callers.memberOf(authentication, facts.organisationId()))
                .isPresent();
        if (!ownCase) {
            return problem(HttpStatus.NOT_FOUND, "No case " + caseId + " of your organisation");
        }
        if (erasedCases.isErased(caseId)) {
            return problem(HttpStatus.CONFLICT, "Case " + caseId + " is already erased");
        }
        if (requests.pending(caseId).isPresent()) {
            return problem(HttpStatus.CONFLICT, "An erasure of case " + caseId + " awaits approval");
        }
        String requestId = requests.request(caseId, body.reason(), authentication.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ErasureView(requestId, caseId, "AWAITING_APPROVAL"));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, detail));
    }

    record ErasureRequest(@NotNull ErasureReason reason) {
    }

    record ErasureView(String requestId, String caseId, String status) {
    }
}
