package be.buddyflow.volunteers;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trajectory closed: its duo ends and the volunteer's place is free again. Forming a duo takes
 * one place (volunteer.current_load + 1, status untouched); matching picks volunteers that are
 * ACTIVE with current_load below capacity. So releasing gives the place back and leaves the status
 * alone: a volunteer a coordinator paused or archived meanwhile stays out of the pool.
 */
@Service
public class ReleaseVolunteer {

    private final JdbcClient jdbc;

    ReleaseVolunteer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ends the duo if it is still running and frees its place; a duo ended before (a retried job, a
     * second closure) frees nothing again.
     *
     * @param endReason why the duo ended, the trajectory's closure reason
     * @return whether this call ended the duo
     */
    @Transactional
    public boolean release(String caseId, String volunteerId, String endReason, LocalDate endedOn) {
        int ended = jdbc.sql("""
                UPDATE buddyflow.duo SET ended_on = :endedOn, end_reason = :reason
                WHERE case_id = :caseId AND volunteer_id = :volunteerId AND ended_on IS NULL
                """)
                .param("endedOn", endedOn).param("reason", endReason)
                .param("caseId", caseId).param("volunteerId", volunteerId)
                .update();
        if (ended == 0) {
            return false;
        }
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = greatest(current_load - 1, 0) WHERE id = :id")
                .param("id", volunteerId)
                .update();
        return true;
    }
}
