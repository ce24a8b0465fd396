package be.buddyflow.audit.web;

import java.time.OffsetDateTime;
import java.util.List;

import be.buddyflow.api.Problems;
import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess;
import be.buddyflow.logging.LogSafe;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access audit for managers and data-protection officers: by case or by user, newest first.
 * Reading the audit is not itself a row of the audit (it holds no case data), but it is logged.
 */
@RestController
class CaseAccessController {

    private static final Logger log = LoggerFactory.getLogger(CaseAccessController.class);

    /** The columns' lengths (V13): a longer value cannot match a row. */
    static final int MAX_CASE_ID_LENGTH = 20;
    static final int MAX_USER_ID_LENGTH = 64;

    private final AuditLog auditLog;

    CaseAccessController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Operation(summary = "Who accessed a case, or what a user accessed", description = """
            The access audit: every read, write and export of case-file data with who, when, which case, which \
            part, for what purpose and through which channel (API, ENGINE for Tasklist and the engine REST API, \
            JOB for background work as user 'system'). Give exactly one of caseId and userId. Newest first. \
            Rows outlive the erasure of the case. For the groups managers and data-protection-officers.""")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccessPageView.class)))
    @ApiResponse(responseCode = "400", description = "Neither or both of caseId and userId, a caseId or userId with "
            + "control characters or longer than its column (20 and 64 characters), or a page out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The account is not in the group managers or data-protection-officers",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/audit/case-access", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> caseAccess(
            @Parameter(description = "A case id, e.g. BF-2026-000042") @RequestParam(required = false) String caseId,
            @Parameter(description = "A user id, or 'system'") @RequestParam(required = false) String userId,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Rows per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(AuditLog.MAX_PAGE_SIZE) int size,
            Authentication caller) {
        ProblemDetail invalid = invalid("caseId", caseId, MAX_CASE_ID_LENGTH);
        if (invalid == null) {
            invalid = invalid("userId", userId, MAX_USER_ID_LENGTH);
        }
        if (invalid != null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(invalid);
        }
        boolean byCase = caseId != null && !caseId.isBlank();
        boolean byUser = userId != null && !userId.isBlank();
        if (byCase == byUser) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.BAD_REQUEST, "Give exactly one of caseId and userId"));
        }
        log.info("case-access audit read: by={} caseId={} userId={} page={}", LogSafe.of(caller.getName()),
                LogSafe.of(caseId), LogSafe.of(userId), page);
        AuditLog.AccessPage result = byCase ? auditLog.byCase(caseId.strip(), page, size)
                : auditLog.byUser(userId.strip(), page, size);
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(AccessPageView.of(result));
    }

    /** Control characters would forge log lines (and match no row); over-long values match no row either. */
    private static ProblemDetail invalid(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (LogSafe.hasControlCharacters(value)) {
            return Problems.forField(HttpStatus.BAD_REQUEST, field, "must not contain control characters");
        }
        if (value.length() > maxLength) {
            return Problems.forField(HttpStatus.BAD_REQUEST, field, "must be at most " + maxLength + " characters");
        }
        return null;
    }

    record AccessPageView(List<AccessView> items, int page, int size, long total) {

        static AccessPageView of(AuditLog.AccessPage page) {
            return new AccessPageView(page.items().stream().map(AccessView::of).toList(), page.page(), page.size(),
                    page.total());
        }
    }

    record AccessView(long id, OffsetDateTime at, String userId, String caseId, CaseAccess.Action action,
            CaseAccess.Resource resource, CaseAccess.Purpose purpose, CaseAccess.Channel channel) {

        static AccessView of(CaseAccess a) {
            return new AccessView(a.id(), a.at(), a.userId(), a.caseId(), a.action(), a.resource(), a.purpose(),
                    a.channel());
        }
    }
}
