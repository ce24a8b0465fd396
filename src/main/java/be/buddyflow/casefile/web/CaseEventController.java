package be.buddyflow.casefile.web;

import java.security.Principal;

import be.buddyflow.api.Problems;
import be.buddyflow.casefile.CaseEvent;
import be.buddyflow.casefile.CaseEventRejected;
import be.buddyflow.casefile.CaseEventType;
import be.buddyflow.casefile.ReportCaseEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Partner systems report what happened to a newcomer they referred (role {@code integration}). */
@RestController
class CaseEventController {

    private final ReportCaseEvent reportCaseEvent;

    CaseEventController(ReportCaseEvent reportCaseEvent) {
        this.reportCaseEvent = reportCaseEvent;
    }

    @Operation(summary = "Report an event about a case", description = """
            Types: recognition-granted (needs recognitionDate; kept in the case file whatever the phase; for an open \
            case in collective reception it also begins the housing transition, result APPLIED), left-programme (needs \
            reason MOVED_AWAY or ENDED_EARLY; ends the trajectory and closes the case; 409 once closed), housing-found \
            (needs leaseSignedOn, moveDate optional), move-date-set (needs moveDate), moved: delivered to the case's \
            housing transition; 409 while no transition waits for that event, and nothing is stored, so send it again \
            later. The same eventId again answers 200 without a second effect. Cases referred by other systems are 404.""")
    @ApiResponse(responseCode = "202", description = "Event applied or recorded",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @ApiResponse(responseCode = "200", description = "This eventId was reported before: nothing happened again",
            content = @Content(schema = @Schema(implementation = EventView.class)))
    @ApiResponse(responseCode = "400", description = "Invalid body or a field this event type needs is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case for this caller, or unknown event type",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The case cannot take this event now; the detail says why",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/cases/{caseId}/events/{type}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> report(@PathVariable String caseId,
            @Parameter(description = "recognition-granted, housing-found, move-date-set, moved, left-programme")
            @PathVariable String type, @Valid @RequestBody CaseEvent event, Principal principal) {
        CaseEventType eventType = CaseEventType.ofPath(type).orElse(null);
        if (eventType == null) {
            return problem(Problems.of(HttpStatus.NOT_FOUND, "Unknown event type " + type));
        }
        return reportCaseEvent.report(caseId, eventType, event, principal.getName())
                .<ResponseEntity<?>>map(outcome -> ResponseEntity.status(outcome.replay() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                        .body(new EventView(outcome.caseId(), outcome.eventId(), eventType.path(), outcome.result().name())))
                .orElseGet(() -> problem(Problems.of(HttpStatus.NOT_FOUND, "No case " + caseId + " referred by you")));
    }

    @ExceptionHandler(CaseEventRejected.class)
    ResponseEntity<ProblemDetail> rejected(CaseEventRejected e) {
        return problem(e.kind() == CaseEventRejected.Kind.MISSING_FIELD
                ? Problems.forField(HttpStatus.BAD_REQUEST, e.field(), e.getMessage())
                : Problems.of(HttpStatus.CONFLICT, e.getMessage()));
    }

    private static <T> ResponseEntity<T> problem(ProblemDetail problem) {
        @SuppressWarnings("unchecked")
        T body = (T) problem;
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    record EventView(String caseId, String eventId, String type, String result) {
    }
}
