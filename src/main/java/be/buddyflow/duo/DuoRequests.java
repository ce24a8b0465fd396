package be.buddyflow.duo;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import be.buddyflow.security.Role;
import org.springframework.stereotype.Service;

/**
 * A concern or a request to end a duo, raised from Tasklist. Only the duo's own volunteer, or a
 * social worker of the organisation that works the case, may raise one; anybody else gets the same
 * refusal whether or not the case exists, so case ids cannot be probed.
 */
@Service
public class DuoRequests {

    public static final int TEXT_MAX_LENGTH = 1000;

    private final Duos duos;
    private final DuoRecords records;
    private final AuditLog auditLog;

    DuoRequests(Duos duos, DuoRecords records, AuditLog auditLog) {
        this.duos = duos;
        this.records = records;
        this.auditLog = auditLog;
    }

    /** Only the volunteer raises a concern; the social worker is the one who picks it up. */
    public Raised raiseConcern(Requester requester, String caseId, String text) {
        Raised duo = resolve(requester, caseId);
        if (duo.raisedFor() != Perspective.VOLUNTEER) {
            throw notYours();
        }
        String concern = text == null ? "" : text.strip();
        if (concern.isEmpty() || concern.length() > TEXT_MAX_LENGTH) {
            throw new DuoRefusal("Beschrijf je zorg in hoogstens 1000 tekens",
                    "Décrivez votre préoccupation en 1000 caractères au plus", "Describe your concern in 1000 characters at most");
        }
        long id = records.recordRequest(duo.duo(), DuoRecords.RequestKind.CONCERN, duo.raisedFor(), requester.userId(),
                null, concern);
        auditLog.write(duo.duo().caseId(), Resource.DUO_REQUEST, Purpose.DUO_FOLLOW_UP);
        return duo.withRequestId(id);
    }

    public Raised requestEnd(Requester requester, String caseId, EndRequestReason reason, String note) {
        Raised duo = resolve(requester, caseId);
        if (reason == null) {
            throw new DuoRefusal("Kies een reden", "Choisissez une raison", "Choose a reason");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > TEXT_MAX_LENGTH) {
            throw new DuoRefusal("Toelichting: hoogstens 1000 tekens", "Précision : 1000 caractères au plus",
                    "Note: 1000 characters at most");
        }
        long id = records.recordRequest(duo.duo(), DuoRecords.RequestKind.END, duo.raisedFor(), requester.userId(),
                reason, text);
        auditLog.write(duo.duo().caseId(), Resource.DUO_REQUEST, Purpose.DUO_FOLLOW_UP);
        return duo.withRequestId(id);
    }

    /**
     * A stored request for a social worker of the organisation that works its case; empty for anyone
     * else, as for an id that does not exist.
     */
    public java.util.Optional<DuoRecords.DuoRequest> read(long id, java.util.Set<String> readerGroups) {
        java.util.Optional<DuoRecords.DuoRequest> request = records.findRequest(id)
                .filter(r -> readerGroups.contains(Role.SOCIAL_WORKER.groupId())
                        && readerGroups.contains(r.organisationId()));
        request.ifPresent(r -> auditLog.read(r.caseId(), Resource.DUO_REQUEST, Purpose.DUO_FOLLOW_UP));
        return request;
    }

    private Raised resolve(Requester requester, String caseId) {
        if (caseId == null || caseId.isBlank()) {
            var own = duos.activeForVolunteerUser(requester.userId());
            if (own.size() == 1) {
                return new Raised(own.get(0), Perspective.VOLUNTEER, 0);
            }
            if (own.isEmpty()) {
                throw notYours();
            }
            throw new DuoRefusal("Je hebt meer dan één buddy: vul het dossiernummer in",
                    "Vous avez plus d'un buddy : indiquez le numéro de dossier",
                    "You have more than one buddy: fill in the case number");
        }
        ActiveDuo duo = duos.activeForCase(caseId.strip()).orElseThrow(DuoRequests::notYours);
        if (requester.userId().equals(duo.volunteerUser())) {
            return new Raised(duo, Perspective.VOLUNTEER, 0);
        }
        if (requester.groups().contains(Role.SOCIAL_WORKER.groupId())
                && requester.groups().contains(duo.organisationId())) {
            return new Raised(duo, Perspective.NEWCOMER, 0);
        }
        throw notYours();
    }

    private static DuoRefusal notYours() {
        return new DuoRefusal("Geen lopend duo dat je hiervoor mag melden",
                "Aucun duo en cours que vous pouvez signaler", "No running duo you may report on");
    }

    /** The duo a request was raised about, on whose behalf, and the request's row. */
    public record Raised(ActiveDuo duo, Perspective raisedFor, long requestId) {

        Raised withRequestId(long id) {
            return new Raised(duo, raisedFor, id);
        }
    }
}
