package be.buddyflow.volunteers.web;

import java.util.List;

import be.buddyflow.api.Problems;
import be.buddyflow.matching.PartScore;
import be.buddyflow.matching.ScoredCandidate;
import be.buddyflow.volunteers.FindCandidates;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ranked volunteers for a case, each score broken into its parts (role {@code coordinators}). */
@RestController

class CandidatesController {

    private final FindCandidates findCandidates;

    CandidatesController(FindCandidates findCandidates) {
        this.findCandidates = findCandidates;
    }

    @Operation(summary = "Candidate buddies for a case", description = """
            The best feasible volunteers of the pool, best first. Every hard constraint holds for each of them \
            (a shared language, distance, gender preference, valid 596.2 check when minors are in the household, \
            free capacity, active status); the score is the weighted sum of its parts, each with its explanation.""")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Candidate.class)))
    @ApiResponse(responseCode = "404", description = "No open case with this id", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The case's postal code has no coordinates in the localities list",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/cases/{caseId}/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Candidate> candidates(@PathVariable String caseId,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return findCandidates.forCase(caseId, limit).stream().map(Candidate::of).toList();
    }

    @ExceptionHandler(FindCandidates.NoSuchCase.class)
    ResponseEntity<ProblemDetail> noSuchCase(FindCandidates.NoSuchCase e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler(FindCandidates.NoCoordinates.class)
    ResponseEntity<ProblemDetail> noCoordinates(FindCandidates.NoCoordinates e) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage()));
    }

    record Candidate(String volunteerId, String firstName, double score, double distanceKm,
            List<String> sharedLanguages, List<Part> parts) {

        static Candidate of(ScoredCandidate c) {
            return new Candidate(c.volunteerId(), c.volunteer().firstName(), c.score(), c.distanceKm(),
                    c.sharedLanguages(), c.parts().stream().map(Part::of).toList());
        }
    }

    record Part(String name, double value, double weight, double contribution, String explanation) {

        static Part of(PartScore p) {
            return new Part(p.name(), p.value(), p.weight(), p.contribution(), p.explanation());
        }
    }
}
