package be.buddyflow.volunteers.web;

import java.util.ArrayList;
import java.util.List;

import be.buddyflow.api.Problems;

import be.buddyflow.matching.CohortProposal;
import be.buddyflow.matching.MatchingEngine;
import be.buddyflow.volunteers.CohortReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A proposal for the whole waiting list, reviewed by a coordinator before anything is sent. */
@RestController
class CohortController {

    private final CohortReview cohortReview;

    CohortController(CohortReview cohortReview) {
        this.cohortReview = cohortReview;
    }

    @Operation(summary = "Propose buddies for the whole waiting list", description = """
            The assignment that matches the most waiting newcomers and, among those, has the highest total of \
            score plus ageing bonus, within every hard constraint and every volunteer's free places; with the \
            greedy one-by-one proposal's totals beside it. Nothing is sent: approve pairs with POST approvals.""")
    @GetMapping(path = "/api/matching/cohort", produces = MediaType.APPLICATION_JSON_VALUE)
    CohortView propose() {
        MatchingEngine.Comparison comparison = cohortReview.propose();
        CohortProposal optimal = comparison.optimal();
        return new CohortView(
                optimal.assignments().stream().map(a -> new Pair(a.caseId(), a.volunteerId(),
                        a.candidate().volunteer().firstName(), a.candidate().score(), a.ageingBonus(),
                        a.candidate().sharedLanguages(), a.candidate().distanceKm(),
                        a.candidate().parts().stream().map(p -> new CandidatesController.Part(p.name(), p.value(),
                                p.weight(), p.contribution(), p.explanation())).toList())).toList(),
                optimal.unmatched().stream().map(u -> new Waiting(u.caseId(), u.reason().name(), u.reason().label()))
                        .toList(),
                optimal.totals(), comparison.greedy().totals());
    }

    @Operation(summary = "Approve pairs of a cohort proposal", description = """
            Each approved pair is sent to the case's matching, which asks the volunteer as for a single match. \
            A pair whose case no longer waits, or that breaks a hard constraint now, is not sent; the answer says \
            which for every pair.""")
    @ApiResponse(responseCode = "200", description = "The result for every pair", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = ApprovalResult.class))))
    @ApiResponse(responseCode = "422", description = "A caseId or volunteerId names no case or volunteer; "
            + "nothing was sent", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/matching/cohort/approvals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> approve(@Valid @RequestBody Approvals approvals) {
        // Every pair is checked before any is sent: an unknown id refuses the whole request.
        List<Problems.FieldProblem> unknown = new ArrayList<>();
        for (int i = 0; i < approvals.approvals().size(); i++) {
            Approval pair = approvals.approvals().get(i);
            for (String field : cohortReview.unknownIds(pair.caseId(), pair.volunteerId())) {
                unknown.add(new Problems.FieldProblem("approvals[" + i + "]." + field,
                        field.equals("caseId") ? "no case with this id" : "no volunteer with this id"));
            }
        }
        if (!unknown.isEmpty()) {
            String detail = unknown.stream().map(p -> p.field() + ": " + p.detail())
                    .collect(java.util.stream.Collectors.joining("; "));
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.withFieldErrors(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, detail), unknown));
        }
        return ResponseEntity.ok(approvals.approvals().stream()
                .map(pair -> new ApprovalResult(pair.caseId(), pair.volunteerId(),
                        cohortReview.approve(pair.caseId(), pair.volunteerId())))
                .toList());
    }

    record Approvals(@NotEmpty @Size(max = 1000) List<@Valid Approval> approvals) {
    }

    record Approval(@NotBlank String caseId, @NotBlank String volunteerId) {
    }

    record ApprovalResult(String caseId, String volunteerId, CohortReview.Result result) {
    }

    record CohortView(List<Pair> assignments, List<Waiting> unmatched, CohortProposal.Totals totals,
            CohortProposal.Totals greedyTotals) {
    }

    record Pair(String caseId, String volunteerId, String firstName, double score, double ageingBonus,
            List<String> sharedLanguages, double distanceKm, List<CandidatesController.Part> parts) {
    }

    record Waiting(String caseId, String reason, String label) {
    }
}
