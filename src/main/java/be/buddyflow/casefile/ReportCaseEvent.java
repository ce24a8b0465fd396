package be.buddyflow.casefile;

import java.util.Optional;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.housing.HousingTransitions;
import be.buddyflow.trajectory.Trajectories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an event a referring system reports about its case, once per event id. What each event
 * does while the case cannot use it (documented in docs/api/events.md):
 * <ul>
 * <li>recognition-granted: kept in the case file (recognition date, status), whatever the phase;
 * for an open case in collective reception it also begins the housing transition;</li>
 * <li>left-programme: ends the trajectory and closes the case; refused (409) once it is closed;</li>
 * <li>housing-found, move-date-set, moved: delivered to the case's housing transition as BPMN
 * messages; refused (409) while no transition waits for that one, so the partner sends it again later.</li>
 * </ul>
 */
@Service
public class ReportCaseEvent {

    private final JdbcClient jdbc;
    private final CaseFileRepository caseFiles;
    private final Trajectories trajectories;
    private final HousingTransitions housingTransitions;
    private final AuditLog auditLog;

    ReportCaseEvent(JdbcClient jdbc, CaseFileRepository caseFiles, Trajectories trajectories,
            HousingTransitions housingTransitions, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.trajectories = trajectories;
        this.housingTransitions = housingTransitions;
    }

    /** @return the outcome, or empty when the case does not exist for this reporter */
    @Transactional
    public Optional<Outcome> report(String caseId, CaseEventType type, CaseEvent event, String reportedBy) {
        // Another partner's case is not found, like an unknown one: nothing is stored or applied.
        Optional<CaseSummary> summary = caseFiles.findSummaryReferredBy(caseId, reportedBy);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        boolean first = jdbc.sql("""
                INSERT INTO buddyflow.case_event (case_id, event_id, event_type, result, reported_by)
                VALUES (:caseId, :eventId, :type, 'PENDING', :reportedBy)
                ON CONFLICT (case_id, event_id) DO NOTHING
                """)
                .param("caseId", caseId).param("eventId", event.eventId()).param("type", type.name())
                .param("reportedBy", reportedBy)
                .update() == 1;
        if (!first) {
            return Optional.of(new Outcome(caseId, event.eventId(), type, previousResult(caseId, event.eventId()), true));
        }
        // A refused event rolls back, and this row with it: only what changed the case is audited.
        auditLog.write(caseId, Resource.CASE_FILE, Purpose.PARTNER_UPDATE);
        Result result = apply(summary.get(), type, event);
        jdbc.sql("UPDATE buddyflow.case_event SET result = :result WHERE case_id = :caseId AND event_id = :eventId")
                .param("result", result.name()).param("caseId", caseId).param("eventId", event.eventId())
                .update();
        return Optional.of(new Outcome(caseId, event.eventId(), type, result, false));
    }

    private Result apply(CaseSummary summary, CaseEventType type, CaseEvent event) {
        String caseId = summary.caseId();
        switch (type) {
            case RECOGNITION_GRANTED -> {
                if (event.recognitionDate() == null) {
                    throw new CaseEventRejected(CaseEventRejected.Kind.MISSING_FIELD, "recognitionDate",
                            "recognition-granted needs the date protection was granted");
                }
                caseFiles.recordRecognition(caseId, event.recognitionDate());
                boolean collective = summary.status() == CaseStatus.OPEN && caseFiles.findReceptionFacts(caseId)
                        .map(ReceptionFacts::inCollectiveReception).orElse(false);
                if (collective && housingTransitions.begin(caseId, event.recognitionDate())
                        != HousingTransitions.Begun.ALREADY_RUNNING) {
                    return Result.APPLIED;
                }
                return Result.RECORDED;
            }
            case LEFT_PROGRAMME -> {
                if (event.reason() == null) {
                    throw new CaseEventRejected(CaseEventRejected.Kind.MISSING_FIELD, "reason",
                            "left-programme needs a reason: MOVED_AWAY or ENDED_EARLY");
                }
                if (summary.status() == CaseStatus.CLOSED || !trajectories.endEarly(caseId, event.reason().name())) {
                    throw new CaseEventRejected(CaseEventRejected.Kind.NOT_WAITING, null,
                            "case " + caseId + " is closed already");
                }
                return Result.APPLIED;
            }
            case HOUSING_FOUND -> {
                if (event.leaseSignedOn() == null) {
                    throw new CaseEventRejected(CaseEventRejected.Kind.MISSING_FIELD, "leaseSignedOn",
                            "housing-found needs the day the lease was signed");
                }
                return delivered(caseId, type, housingTransitions.housingFound(caseId, event.leaseSignedOn(), event.moveDate()));
            }
            case MOVE_DATE_SET -> {
                if (event.moveDate() == null) {
                    throw new CaseEventRejected(CaseEventRejected.Kind.MISSING_FIELD, "moveDate",
                            "move-date-set needs the move date");
                }
                return delivered(caseId, type, housingTransitions.moveDateSet(caseId, event.moveDate()));
            }
            case MOVED -> {
                return delivered(caseId, type, housingTransitions.moved(caseId));
            }
            default -> throw new IllegalStateException("Unhandled event type " + type);
        }
    }

    private static Result delivered(String caseId, CaseEventType type, boolean delivered) {
        if (!delivered) {
            throw new CaseEventRejected(CaseEventRejected.Kind.NOT_WAITING, null,
                    "case " + caseId + " has no housing transition waiting for " + type.path()
                            + "; send it again once it does (the event was not stored)");
        }
        return Result.APPLIED;
    }

    private Result previousResult(String caseId, String eventId) {
        return Result.valueOf(jdbc.sql("SELECT result FROM buddyflow.case_event WHERE case_id = :caseId AND event_id = :eventId")
                .param("caseId", caseId).param("eventId", eventId)
                .query(String.class).single());
    }

    public enum Result {
        /** Kept in the case file for when a phase needs it. */
        RECORDED,
        /** Delivered to the running trajectory. */
        APPLIED,
        PENDING
    }

    public record Outcome(String caseId, String eventId, CaseEventType type, Result result, boolean replay) {
    }
}
