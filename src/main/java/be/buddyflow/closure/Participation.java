package be.buddyflow.closure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
     * referral when no duo was formed) to the closure; the proof lists every logged meeting and the
     * buddies by name.
     */
    public Optional<ParticipationProof> proof(String caseId) {
        List<ParticipationProof.LoggedMeeting> meetings = jdbc.sql("""
                SELECT met_on, hours FROM buddyflow.meeting_log WHERE case_id = :id ORDER BY met_on, id
                """)
                .param("id", caseId)
                .query((rs, n) -> new ParticipationProof.LoggedMeeting(rs.getObject("met_on", LocalDate.class),
                        rs.getBigDecimal("hours")))
                .list();
        List<String> volunteers = jdbc.sql("""
                SELECT v.given_name, v.family_name FROM buddyflow.duo d
                JOIN buddyflow.volunteer v ON v.id = d.volunteer_id
                WHERE d.case_id = :id ORDER BY d.started_on, d.volunteer_id
                """)
                .param("id", caseId)
                .query((rs, n) -> (rs.getString("given_name") + " " + rs.getString("family_name")).strip())
                .list();
        return jdbc.sql("""
                SELECT c.id, c.given_name, c.family_name, c.organisation_id, c.created_at, c.closed_at,
                       (SELECT min(coalesce(d.first_meeting_on, d.started_on)) FROM buddyflow.duo d
                        WHERE d.case_id = c.id) AS duo_started_on,
                       (SELECT min(d.first_meeting_on) FROM buddyflow.duo d WHERE d.case_id = c.id) AS first_meeting_on
                FROM buddyflow.buddy_case c WHERE c.id = :id
                """)
                .param("id", caseId)
                .query((rs, n) -> {
                    LocalDate duoStartedOn = rs.getObject("duo_started_on", LocalDate.class);
                    LocalDate referredOn = belgianDate(rs.getObject("created_at", OffsetDateTime.class));
                    return new ParticipationProof(rs.getString("id"), rs.getString("given_name"),
                            rs.getString("family_name"), organisationName(rs.getString("organisation_id")), volunteers,
                            duoStartedOn != null ? duoStartedOn : referredOn,
                            rs.getObject("first_meeting_on", LocalDate.class),
                            belgianDate(rs.getObject("closed_at", OffsetDateTime.class)), meetings);
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
