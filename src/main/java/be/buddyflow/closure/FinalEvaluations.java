package be.buddyflow.closure;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The final evaluations of a trajectory, one by the volunteer and one by the social worker. The
 * first one recorded stands: a retried step changes nothing.
 */
@Repository
public class FinalEvaluations {

    public static final int COMMENT_MAX_LENGTH = 500;

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    FinalEvaluations(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public void recordByVolunteer(String caseId, String volunteerId, int rating, boolean wouldBuddyAgain,
            String comment, String evaluatedBy) {
        int inserted = jdbc.sql("""
                INSERT INTO buddyflow.final_evaluation (case_id, evaluator_role, volunteer_id, rating, would_buddy_again,
                    comment, evaluated_by)
                VALUES (:caseId, 'VOLUNTEER', :volunteerId, :rating, :again, :comment, :by)
                ON CONFLICT (case_id, evaluator_role) DO NOTHING
                """)
                .param("caseId", caseId).param("volunteerId", volunteerId).param("rating", checked(rating))
                .param("again", wouldBuddyAgain).param("comment", trimmed(comment)).param("by", evaluatedBy)
                .update();
        if (inserted == 1) {
            auditLog.write(caseId, Resource.FINAL_EVALUATION, Purpose.CLOSURE);
        }
    }

    public void recordBySocialWorker(String caseId, int rating, GoalsReached goalsReached, String comment,
            String evaluatedBy) {
        int inserted = jdbc.sql("""
                INSERT INTO buddyflow.final_evaluation (case_id, evaluator_role, rating, goals_reached, comment,
                    evaluated_by)
                VALUES (:caseId, 'SOCIAL_WORKER', :rating, :goals, :comment, :by)
                ON CONFLICT (case_id, evaluator_role) DO NOTHING
                """)
                .param("caseId", caseId).param("rating", checked(rating)).param("goals", goalsReached.name())
                .param("comment", trimmed(comment)).param("by", evaluatedBy)
                .update();
        if (inserted == 1) {
            auditLog.write(caseId, Resource.FINAL_EVALUATION, Purpose.CLOSURE);
        }
    }

    private static int checked(int rating) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("A rating is 1 to 5, not " + rating);
        }
        return rating;
    }

    private static String trimmed(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String stripped = comment.strip();
        if (stripped.length() > COMMENT_MAX_LENGTH) {
            throw new IllegalArgumentException("A comment is at most " + COMMENT_MAX_LENGTH + " characters");
        }
        return stripped;
    }

    /** The social worker's view: were the trajectory's goals reached. */
    public enum GoalsReached {
        YES,
        PARTLY,
        NO
    }
}
