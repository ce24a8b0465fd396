package be.buddyflow.volunteers.web;

import java.net.URI;
import java.security.Principal;

import be.buddyflow.api.Problems;
import be.buddyflow.volunteers.ApplyAsVolunteer;
import be.buddyflow.volunteers.VolunteerApplication;
import be.buddyflow.volunteers.VolunteerStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A programme's website sends the applications of would-be buddies here (role {@code integration}). */
@RestController
class VolunteerApplicationController {

    private final ApplyAsVolunteer applyAsVolunteer;

    VolunteerApplicationController(ApplyAsVolunteer applyAsVolunteer) {
        this.applyAsVolunteer = applyAsVolunteer;
    }

    @Operation(summary = "Apply to become a buddy", description = """
            Registers the applicant in the volunteer pool and starts the onboarding process: an intake \
            interview task appears in Tasklist for the coordinators. Idempotent per (source, externalReference).""")
    @ApiResponse(responseCode = "201", description = "Application registered",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "200", description = "This application was received before",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid JSON, a wrong type or value, a missing required field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Same source and externalReference, different content",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Postal code unknown to this installation",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/volunteers/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> apply(@Valid @RequestBody VolunteerApplication application, Principal principal) {
        ApplyAsVolunteer.Outcome outcome = applyAsVolunteer.apply(application, principal.getName());
        URI location = URI.create("/api/volunteers/" + outcome.volunteerId());
        ApplicationResponse body = new ApplicationResponse(outcome.volunteerId(), outcome.status());
        return switch (outcome.result()) {
            case ACCEPTED -> ResponseEntity.created(location).body(body);
            case ALREADY_RECEIVED -> ResponseEntity.ok().location(location).body(body);
            case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.forField(HttpStatus.CONFLICT, "externalReference",
                            "you already sent a different application under this source and reference"));
        };
    }

    @ExceptionHandler(ApplyAsVolunteer.UnknownPostalCode.class)
    ResponseEntity<ProblemDetail> unknownPostalCode(ApplyAsVolunteer.UnknownPostalCode e) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.forField(HttpStatus.UNPROCESSABLE_ENTITY, "postalCode",
                        "postal code " + e.postalCode() + " is not in this installation's list of localities"));
    }

    record ApplicationResponse(String volunteerId, VolunteerStatus status) {
    }
}
