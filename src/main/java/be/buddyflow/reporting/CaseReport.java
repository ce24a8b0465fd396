package be.buddyflow.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Aggregates for managers: how many cases stand where, how many duos run, how many hours were logged,
 * why cases closed. Only cases whose newcomer consented to being counted (consent purpose
 * REPORTING) are counted; no row carries a case id or anything else about one person.
 */
@Service
public class CaseReport {

    private final JdbcClient jdbc;

    CaseReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Overview overview() {
        List<PhaseCount> byPhase = jdbc.sql("""
                SELECT organisation_id, phase, status, count(*) AS cases FROM buddyflow.buddy_case
                WHERE consent_reporting GROUP BY organisation_id, phase, status ORDER BY organisation_id, phase, status
                """).query((rs, row) -> new PhaseCount(rs.getString("organisation_id"), rs.getString("phase"),
                        rs.getString("status"), rs.getLong("cases"))).list();
        List<ReasonCount> closures = jdbc.sql("""
                SELECT organisation_id, closure_reason, count(*) AS cases FROM buddyflow.buddy_case
                WHERE consent_reporting AND closure_reason IS NOT NULL
                GROUP BY organisation_id, closure_reason ORDER BY organisation_id, closure_reason
                """).query((rs, row) -> new ReasonCount(rs.getString("organisation_id"),
                        rs.getString("closure_reason"), rs.getLong("cases"))).list();
        List<DuoFigures> duos = jdbc.sql("""
                SELECT c.organisation_id,
                       count(DISTINCT d.case_id) FILTER (WHERE d.ended_on IS NULL) AS active_duos,
                       coalesce((SELECT sum(m.hours) FROM buddyflow.meeting_log m
                                 JOIN buddyflow.buddy_case mc ON mc.id = m.case_id
                                 WHERE mc.consent_reporting AND mc.organisation_id = c.organisation_id), 0) AS hours
                FROM buddyflow.buddy_case c LEFT JOIN buddyflow.duo d ON d.case_id = c.id
                WHERE c.consent_reporting GROUP BY c.organisation_id ORDER BY c.organisation_id
                """).query((rs, row) -> new DuoFigures(rs.getString("organisation_id"), rs.getLong("active_duos"),
                        rs.getBigDecimal("hours"))).list();
        return new Overview(byPhase, closures, duos);
    }

    public record Overview(List<PhaseCount> casesByPhase, List<ReasonCount> closuresByReason, List<DuoFigures> duos) {
    }

    public record PhaseCount(String organisation, String phase, String status, long cases) {
    }

    public record ReasonCount(String organisation, String closureReason, long cases) {
    }

    public record DuoFigures(String organisation, long activeDuos, BigDecimal hoursLogged) {
    }
}
