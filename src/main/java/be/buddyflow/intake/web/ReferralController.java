package be.buddyflow.intake.web;

import java.net.URI;
import java.security.Principal;

import be.buddyflow.api.Problems;
import be.buddyflow.casefile.CaseStatus;
import be.buddyflow.intake.NoOrganisationServesPostalCode;
import be.buddyflow.intake.ReceiveReferral;
import be.buddyflow.intake.Referral;
import be.buddyflow.intake.ReferralOutcome;
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
                        "this source already referred a different newcomer under this reference (case "
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
