package be.buddyflow.closure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import be.buddyflow.organisation.Organisation;
import be.buddyflow.organisation.OrganisationDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The hours a newcomer spent with their buddies, from the meeting log, and the proof of them. */
@Service
public class Participation {

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;

    Participation(JdbcClient jdbc, OrganisationDirectory organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** Every logged hour of the case counts, with every buddy it had (a rematch included). */
    public BigDecimal hoursLogged(String caseId) {
        return jdbc.sql("SELECT coalesce(sum(hours), 0) FROM buddyflow.meeting_log WHERE case_id = :caseId")
                .param("caseId", caseId)
                .query(BigDecimal.class)
                .single();
    }

    /** The organisation that works the case, for the caller to check access. */
    public Optional<String> organisationOf(String caseId) {
        return jdbc.sql("SELECT organisation_id FROM buddyflow.buddy_case WHERE id = :id")
                .param("id", caseId)
                .query(String.class)
                .optional();
    }

    /**
     * The trajectory runs from the first meeting of its first duo (or the duo's start, or the
     * referral when no duo was formed) to the closure.
     */
    public Optional<ParticipationProof> proof(String caseId) {
        return jdbc.sql("""
                SELECT c.id, c.given_name, c.family_name, c.organisation_id, c.created_at, c.closed_at,
                       (SELECT min(coalesce(d.first_meeting_on, d.started_on)) FROM buddyflow.duo d
                        WHERE d.case_id = c.id) AS duo_started_on,
                       (SELECT count(*) FROM buddyflow.meeting_log m WHERE m.case_id = c.id) AS meetings,
                       (SELECT min(m.met_on) FROM buddyflow.meeting_log m WHERE m.case_id = c.id) AS first_met_on,
                       (SELECT max(m.met_on) FROM buddyflow.meeting_log m WHERE m.case_id = c.id) AS last_met_on,
                       (SELECT coalesce(sum(m.hours), 0) FROM buddyflow.meeting_log m WHERE m.case_id = c.id) AS hours
                FROM buddyflow.buddy_case c WHERE c.id = :id
                """)
                .param("id", caseId)
                .query((rs, n) -> {
                    LocalDate duoStartedOn = rs.getObject("duo_started_on", LocalDate.class);
                    LocalDate referredOn = belgianDate(rs.getObject("created_at", OffsetDateTime.class));
                    return new ParticipationProof(rs.getString("id"), rs.getString("given_name"),
                            rs.getString("family_name"), organisationName(rs.getString("organisation_id")),
                            duoStartedOn != null ? duoStartedOn : referredOn,
                            belgianDate(rs.getObject("closed_at", OffsetDateTime.class)), rs.getInt("meetings"),
                            rs.getObject("first_met_on", LocalDate.class), rs.getObject("last_met_on", LocalDate.class),
                            rs.getBigDecimal("hours"));
                })
                .optional();
    }

    private String organisationName(String organisationId) {
        return organisations.organisations().stream()
                .filter(o -> o.id().equals(organisationId))
                .map(Organisation::name)
                .findFirst()
                .orElse(organisationId);
    }

    private static LocalDate belgianDate(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.atZoneSameInstant(CaseRetention.BRUSSELS).toLocalDate();
    }
}
