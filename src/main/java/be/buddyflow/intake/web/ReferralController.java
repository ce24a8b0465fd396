package be.buddyflow.intake.web;

import java.net.URI;
import java.security.Principal;

import be.buddyflow.api.Problems;
import be.buddyflow.casefile.CaseStatus;
import be.buddyflow.intake.NoOrganisationServesPostalCode;
import be.buddyflow.intake.ReceiveReferral;
import be.buddyflow.intake.Referral;
import be.buddyflow.intake.ReferralOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
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

/** Partner systems refer newcomers here (role {@code integration}). */
@RestController
class ReferralController {

    private final ReceiveReferral receiveReferral;

    ReferralController(ReceiveReferral receiveReferral) {
        this.receiveReferral = receiveReferral;
    }

    @Operation(summary = "Refer a newcomer", description = """
            Opens a case and starts its trajectory; the intake review then appears in Tasklist for the \
            organisation that serves the newcomer's postal code. Idempotent per calling account and \
            (source, externalReference): the same referral again from the same account answers 200 with the \
            same case; the same key with other content is 409. The key is the caller's own: the same source \
            and externalReference from another partner account is a referral of its own, and no answer tells \
            either partner of the other's.""")
    @ApiResponse(responseCode = "201", description = "Case opened", headers = @Header(name = "Location",
            description = "/api/cases/{caseId}"), content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @ApiResponse(responseCode = "200", description = "This account sent this referral before: the same case",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid JSON, a wrong type or value, a missing required field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The account is not in the group integration", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "This account sent this source and externalReference before, with different content",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body larger than buddyflow.api.max-body-bytes (64 KiB)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Content-Type is not application/json", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No organisation of this installation serves the postal code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/referrals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> refer(@Valid @RequestBody Referral referral, Principal principal) {
        ReferralOutcome outcome = receiveReferral.receive(referral, principal.getName());
        URI location = URI.create("/api/cases/" + outcome.caseId());
        if (outcome instanceof ReferralOutcome.Opened) {
            return ResponseEntity.created(location).body(new ReferralResponse(outcome.caseId(), CaseStatus.OPEN));
        }
        if (outcome instanceof ReferralOutcome.AlreadyReceived again) {
            return ResponseEntity.ok().location(location).body(new ReferralResponse(again.caseId(), again.status()));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.forField(HttpStatus.CONFLICT, "externalReference",
                        "you already referred a different newcomer under this source and reference (case "
                                + outcome.caseId() + ")"));
    }

    @ExceptionHandler(NoOrganisationServesPostalCode.class)
    ResponseEntity<ProblemDetail> noOrganisation(NoOrganisationServesPostalCode e) {
        return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.forField(HttpStatus.UNPROCESSABLE_ENTITY, "newcomer.postalCode",
                        "no organisation of this installation serves postal code " + e.postalCode()));
    }

    record ReferralResponse(String caseId, CaseStatus status) {
    }
}
