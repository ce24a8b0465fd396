package be.buddyflow.duo;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The duos as the active trajectory sees them: which one runs for a case or a volunteer. Ending one
 * is {@code volunteers.ReleaseVolunteer}'s, which closure uses too.
 */
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
}
