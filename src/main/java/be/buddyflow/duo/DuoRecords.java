package be.buddyflow.duo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What people record about a duo in our own tables, never in process variables: meetings (with
 * their note), concerns and end requests (with their text), evaluations.
 */
@Repository
public class DuoRecords {

    private final JdbcClient jdbc;

    private final AuditLog auditLog;

    DuoRecords(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public void logMeeting(Meeting meeting) {
        jdbc.sql("""
                INSERT INTO buddyflow.meeting_log (case_id, volunteer_id, met_on, hours, domains, note, logged_by)
                VALUES (:caseId, :volunteerId, :metOn, :hours, :domains, :note, :loggedBy)
                """)
                .param("caseId", meeting.caseId()).param("volunteerId", meeting.volunteerId())
                .param("metOn", meeting.metOn()).param("hours", meeting.hours())
                .param("domains", meeting.domains().stream().sorted(Comparator.naturalOrder()).map(Enum::name)
                        .toArray(String[]::new))
                .param("note", meeting.note()).param("loggedBy", meeting.loggedBy())
                .update();
        auditLog.write(meeting.caseId(), Resource.MEETING_LOG, Purpose.DUO_FOLLOW_UP);
    }

    /** The duo's first meeting as registered when it formed; empty before it is registered. */
    public Optional<LocalDate> firstMeetingOn(String caseId, String volunteerId) {
        return jdbc.sql("""
                SELECT first_meeting_on FROM buddyflow.duo
                WHERE case_id = :caseId AND volunteer_id = :volunteerId AND first_meeting_on IS NOT NULL
                """)
                .param("caseId", caseId).param("volunteerId", volunteerId)
                .query(LocalDate.class)
                .optional();
    }

    /** Returns the id of the new row, which the social worker's task refers to. */
    public long recordRequest(ActiveDuo duo, RequestKind kind, Perspective raisedFor, String raisedBy,
            EndRequestReason reason, String text) {
        return jdbc.sql("""
                INSERT INTO buddyflow.duo_request (case_id, volunteer_id, kind, raised_for, raised_by, reason, text)
                VALUES (:caseId, :volunteerId, :kind, :raisedFor, :raisedBy, :reason, :text)
                RETURNING id
                """)
                .param("caseId", duo.caseId()).param("volunteerId", duo.volunteerId()).param("kind", kind.name())
                .param("raisedFor", raisedFor.name()).param("raisedBy", raisedBy)
                .param("reason", reason == null ? null : reason.name()).param("text", text)
                .query(Long.class).single();
    }

    public Optional<DuoRequest> findRequest(long id) {
        return jdbc.sql("""
                SELECT r.id, r.case_id, c.organisation_id, r.kind, r.raised_for, r.raised_by, r.reason, r.text,
                       r.raised_at
                FROM buddyflow.duo_request r JOIN buddyflow.buddy_case c ON c.id = r.case_id
                WHERE r.id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new DuoRequest(rs.getLong("id"), rs.getString("case_id"),
                        rs.getString("organisation_id"), RequestKind.valueOf(rs.getString("kind")),
                        Perspective.valueOf(rs.getString("raised_for")), rs.getString("raised_by"),
                        rs.getString("reason") == null ? null : EndRequestReason.valueOf(rs.getString("reason")),
                        rs.getString("text"),
                        rs.getTimestamp("raised_at").toInstant().atOffset(ZoneOffset.UTC)))
                .optional();
    }

    public void recordEvaluation(String caseId, String volunteerId, Perspective perspective, EvaluationRating rating,
            String recordedBy) {
        jdbc.sql("""
                INSERT INTO buddyflow.duo_evaluation (case_id, volunteer_id, stage, perspective, rating, recorded_by)
                VALUES (:caseId, :volunteerId, 'MIDPOINT', :perspective, :rating, :recordedBy)
                """)
                .param("caseId", caseId).param("volunteerId", volunteerId).param("perspective", perspective.name())
                .param("rating", rating.name()).param("recordedBy", recordedBy)
                .update();
        auditLog.write(caseId, Resource.MIDPOINT_EVALUATION, Purpose.DUO_FOLLOW_UP);
    }

    /** A concern or end request as stored, with the organisation that works its case. */
    public record DuoRequest(long id, String caseId, String organisationId, RequestKind kind, Perspective raisedFor,
            String raisedBy, EndRequestReason reason, String text, OffsetDateTime raisedAt) {
    }

    public enum RequestKind {
        CONCERN,
        END
    }
}
