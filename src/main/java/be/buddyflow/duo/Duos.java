package be.buddyflow.duo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duos as the active trajectory sees them: which one runs for a case or a volunteer, and its end. */
@Repository
public class Duos {

    private static final String ACTIVE = """
            SELECT d.case_id, d.volunteer_id, v.user_id, c.organisation_id
            FROM buddyflow.duo d
            JOIN buddyflow.volunteer v ON v.id = d.volunteer_id
            JOIN buddyflow.buddy_case c ON c.id = d.case_id
            WHERE d.ended_on IS NULL
            """;

    private final JdbcClient jdbc;

    Duos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActiveDuo> activeForCase(String caseId) {
        return jdbc.sql(ACTIVE + " AND d.case_id = :caseId").param("caseId", caseId)
                .query((rs, n) -> new ActiveDuo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public List<ActiveDuo> activeForVolunteerUser(String userId) {
        return jdbc.sql(ACTIVE + " AND v.user_id = :userId ORDER BY d.case_id").param("userId", userId)
                .query((rs, n) -> new ActiveDuo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * Ends the duo and frees the volunteer's place. Ending an ended duo changes nothing, so a retried
     * job never frees a place twice.
     */
    public boolean end(String caseId, String volunteerId, DuoEndReason reason, LocalDate on) {
        int ended = jdbc.sql("""
                UPDATE buddyflow.duo SET ended_on = :on, end_reason = :reason
                WHERE case_id = :caseId AND volunteer_id = :volunteerId AND ended_on IS NULL
                """)
                .param("on", on).param("reason", reason.name()).param("caseId", caseId)
                .param("volunteerId", volunteerId)
                .update();
        if (ended == 0) {
            return false;
        }
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = current_load - 1 WHERE id = :id AND current_load > 0")
                .param("id", volunteerId)
                .update();
        return true;
    }
}
