package be.buddyflow.volunteers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Proposals made to volunteers and the duos that came of them. */
@Repository
public class MatchProposals {

    private final JdbcClient jdbc;

    MatchProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseId, String volunteerId, double score, String proposedBy) {
        jdbc.sql("""
                INSERT INTO buddyflow.match_proposal (case_id, volunteer_id, score, proposed_by)
                VALUES (:caseId, :volunteerId, :score, :proposedBy)
                """)
                .param("caseId", caseId).param("volunteerId", volunteerId)
                .param("score", BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP))
                .param("proposedBy", proposedBy)
                .update();
    }

    /** Answers the open proposal; a repeated call (a retried job) changes nothing. */
    public void answer(String caseId, String volunteerId, String answer) {
        jdbc.sql("""
                UPDATE buddyflow.match_proposal SET answer = :answer, answered_at = now()
                WHERE case_id = :caseId AND volunteer_id = :volunteerId AND answer IS NULL
                """)
                .param("answer", answer).param("caseId", caseId).param("volunteerId", volunteerId)
                .update();
    }

    /** Forms the duo and takes one of the volunteer's places, only if a place is still free. */
    public boolean formDuo(String caseId, String volunteerId, LocalDate startedOn) {
        int taken = jdbc.sql("""
                UPDATE buddyflow.volunteer SET current_load = current_load + 1
                WHERE id = :volunteerId AND current_load < capacity
                """)
                .param("volunteerId", volunteerId)
                .update();
        if (taken == 0) {
            return false;
        }
        jdbc.sql("INSERT INTO buddyflow.duo (case_id, volunteer_id, started_on) VALUES (:caseId, :volunteerId, :on)")
                .param("caseId", caseId).param("volunteerId", volunteerId).param("on", startedOn)
                .update();
        return true;
    }

    public void recordFirstMeeting(String caseId, String volunteerId, LocalDate on) {
        jdbc.sql("UPDATE buddyflow.duo SET first_meeting_on = :on WHERE case_id = :caseId AND volunteer_id = :volunteerId")
                .param("on", on).param("caseId", caseId).param("volunteerId", volunteerId)
                .update();
    }

    /**
     * Every volunteer this case has met in matching: asked before (whatever the answer, in any
     * matching of the case, a rematch included) or in a duo with it. Never proposed again for it.
     */
    public Set<String> volunteersOfCase(String caseId) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT volunteer_id FROM buddyflow.match_proposal WHERE case_id = :caseId
                UNION
                SELECT volunteer_id FROM buddyflow.duo WHERE case_id = :caseId
                """)
                .param("caseId", caseId)
                .query(String.class)
                .list());
    }

    public Optional<String> userOf(String volunteerId) {
        return jdbc.sql("SELECT user_id FROM buddyflow.volunteer WHERE id = :id")
                .param("id", volunteerId)
                .query(String.class)
                .optional();
    }
}
