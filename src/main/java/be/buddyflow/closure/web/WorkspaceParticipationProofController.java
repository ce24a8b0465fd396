package be.buddyflow.closure.web;

import java.time.LocalDate;
import java.time.ZoneId;

import be.buddyflow.api.Callers;
import be.buddyflow.api.Language;
import be.buddyflow.api.Problems;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.closure.Participation;
import be.buddyflow.closure.ParticipationProofPdf;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proof of participation as a PDF, for a social worker logged in to Tasklist: the webapp session
 * is the login (security.WebappSessionAuthentication), there is no second one. Only social workers of the
 * organisation that works the case get it; any other case answers 404, as on the Basic door. Every
 * download is an export in the access audit, under the reader's name.
 * <p>
 * Hidden from the partner API description (docs/api/openapi.yaml): partners have no webapp session.
 */
@RestController
class WorkspaceParticipationProofController {

    static final String PATH = "/api/workspace/cases/{caseId}/participation-proof.pdf";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final Participation participation;
    private final AuditLog auditLog;

    WorkspaceParticipationProofController(Participation participation, AuditLog auditLog) {
        this.participation = participation;
        this.auditLog = auditLog;
    }

    @Hidden
    @GetMapping(path = PATH)
    ResponseEntity<?> participationProofPdf(@PathVariable String caseId, Authentication authentication,
            HttpServletRequest request) {
        boolean ownCase = participation.organisationOf(caseId)
                .filter(organisation -> Callers.memberOf(authentication, organisation))
                .isPresent();
        if (!ownCase) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "No case " + caseId + " of your organisation"));
        }
        byte[] pdf = participation.proof(caseId)
                .map(proof -> ParticipationProofPdf.render(proof, LocalDate.now(BRUSSELS), Language.of(request)))
                .orElseThrow();
        auditLog.export(caseId, Resource.PARTICIPATION_PROOF, Purpose.PROOF_OF_PARTICIPATION);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("deelnamebewijs-" + caseId + ".pdf").build().toString())
                .body(pdf);
    }
}
