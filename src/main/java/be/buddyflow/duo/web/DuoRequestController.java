package be.buddyflow.duo.web;

import java.time.OffsetDateTime;

import be.buddyflow.api.Callers;
import be.buddyflow.api.Problems;
import be.buddyflow.duo.DuoRecords;
import be.buddyflow.duo.DuoRequests;
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
 * The text of a buddy's concern or end request, which the process keeps out of its variables: the
 * social worker whose task "Zorg van buddy opvolgen" names the request reads it here (role
 * {@code social-workers}, member of the case's organisation).
 */
@RestController
class DuoRequestController {


    private final DuoRequests duoRequests;

    DuoRequestController(DuoRequests duoRequests) {
        this.duoRequests = duoRequests;
    }

    @Operation(summary = "A concern or end request about a duo", description = """
            What a volunteer (or a social worker, for the newcomer) wrote when raising a concern or asking to end a \
            duo. Only social workers of the organisation that works the case see it; for anyone else the request \
            does not exist.""")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DuoRequestView.class)))
    @ApiResponse(responseCode = "404", description = "No request with this id for the caller's organisation",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/duo-requests/{requestId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> duoRequest(@PathVariable long requestId, Authentication caller) {
        return duoRequests.read(requestId, Callers.groups(caller))
                .<ResponseEntity<?>>map(request -> ResponseEntity.ok().header("Cache-Control", "no-store")
                        .body(DuoRequestView.of(request)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(HttpStatus.NOT_FOUND, "No duo request " + requestId)));
    }

    record DuoRequestView(long requestId, String caseId, String kind, String raisedFor, String raisedBy, String reason,
            String text, OffsetDateTime raisedAt) {

        static DuoRequestView of(DuoRecords.DuoRequest request) {
            return new DuoRequestView(request.id(), request.caseId(), request.kind().name(), request.raisedFor().name(),
                    request.raisedBy(), request.reason() == null ? null : request.reason().name(), request.text(),
                    request.raisedAt());
        }
    }
}
