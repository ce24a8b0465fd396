package be.buddyflow.reporting.web;

import be.buddyflow.reporting.CaseReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Figures for managers, counted over the cases that consented to reporting only. */
@RestController
class ReportController {

    private final CaseReport report;

    ReportController(CaseReport report) {
        this.report = report;
    }

    @Operation(summary = "Programme figures", description = """
            Cases per organisation, phase and status; closures per reason; active duos and hours logged per \
            organisation. Only cases whose newcomer consented to reporting are counted; no case ids, no personal \
            data. For managers.""")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseReport.Overview.class)))
    @ApiResponse(responseCode = "401", description = "No or wrong credentials", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The account is not in the group managers", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/api/reports/overview", produces = MediaType.APPLICATION_JSON_VALUE)
    CaseReport.Overview overview() {
        return report.overview();
    }
}
