package be.buddyflow.housing;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Which housing transitions ran for a case and how they ended (table housing_transition). */
@Service
public class HousingTransitionRecords {

    private final JdbcClient jdbc;

    HousingTransitionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when a transition of this case runs already: a case has one at a time */
    public boolean start(String transitionId, String caseId, LocalDate recognitionDate, String startedBy) {
        return jdbc.sql("""
                INSERT INTO buddyflow.housing_transition (process_instance_id, case_id, recognition_date, started_by)
                VALUES (:id, :caseId, :recognitionDate, :startedBy)
                ON CONFLICT DO NOTHING
                """)
                .param("id", transitionId).param("caseId", caseId).param("recognitionDate", recognitionDate)
                .param("startedBy", startedBy)
                .update() == 1;
    }

    public boolean isRunning(String caseId) {
        return jdbc.sql("SELECT count(*) FROM buddyflow.housing_transition WHERE case_id = :caseId AND ended_at IS NULL")
                .param("caseId", caseId).query(Integer.class).single() > 0;
    }

    public void recordOutcome(String transitionId, HousingOutcome outcome, Integer stayMonths) {
        jdbc.sql("UPDATE buddyflow.housing_transition SET outcome = :outcome, stay_months = :months WHERE process_instance_id = :id")
                .param("outcome", outcome.name()).param("months", stayMonths).param("id", transitionId)
                .update();
    }

    /** The transition ended, with an outcome or cancelled (the trajectory closed the case). */
    public void end(String transitionId) {
        jdbc.sql("UPDATE buddyflow.housing_transition SET ended_at = now() WHERE process_instance_id = :id AND ended_at IS NULL")
                .param("id", transitionId)
                .update();
    }

    /** The Tasklist account of the volunteer of the case's running duo, if it has one. */
    public Optional<String> buddyVolunteerUser(String caseId) {
        return jdbc.sql("""
                SELECT v.user_id FROM buddyflow.duo d JOIN buddyflow.volunteer v ON v.id = d.volunteer_id
                WHERE d.case_id = :caseId AND d.ended_on IS NULL AND v.user_id IS NOT NULL
                ORDER BY d.started_on DESC LIMIT 1
                """)
                .param("caseId", caseId).query(String.class).optional();
    }
}
