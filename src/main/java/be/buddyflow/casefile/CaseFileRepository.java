package be.buddyflow.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import be.buddyflow.audit.AuditLog;
import be.buddyflow.audit.CaseAccess.Purpose;
import be.buddyflow.audit.CaseAccess.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case files in our own schema. Every statement names its columns; no ORM. */
@Repository
public class CaseFileRepository {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    CaseFileRepository(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /**
     * Opens a case unless the same partner already opened one for the same referral key (constraint
     * {@code uq_buddy_case_referral} on referred_by, source, external_reference). The database decides,
     * not a prior read: concurrent duplicates wait on the unique constraint and then find the winner's case.
     *
     * @return the new case id, empty when the referral key already had a case
     */
    public Optional<String> openIfAbsent(NewCase c) {
        return jdbc.sql("""
                INSERT INTO buddyflow.buddy_case (id, source, external_reference, request_fingerprint, organisation_id,
                    status, phase, given_name, family_name, date_of_birth, languages, postal_code, municipality,
                    phone, email, residence_status, recognition_date, reception_type, reception_name, adults,
                    children, consent_services, consent_buddy_contact, consent_reporting, legal_basis, notes,
                    referred_by)
                VALUES ('BF-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('buddyflow.case_number_seq')::text, 6, '0'),
                    :source, :externalReference, :fingerprint, :organisationId, 'OPEN', 'INTAKE', :givenName,
                    :familyName, :dateOfBirth, :languages, :postalCode, :municipality, :phone, :email,
                    :residenceStatus, :recognitionDate, :receptionType, :receptionName, :adults, :children,
                    :consentServices, :consentBuddyContact, :consentReporting, :legalBasis, :notes, :referredBy)
                ON CONFLICT ON CONSTRAINT uq_buddy_case_referral DO NOTHING
                RETURNING id
                """)
                .param("source", c.source())
                .param("externalReference", c.externalReference())
                .param("fingerprint", c.requestFingerprint())
                .param("organisationId", c.organisationId())
                .param("givenName", c.givenName())
                .param("familyName", c.familyName())
                .param("dateOfBirth", c.dateOfBirth())
                .param("languages", c.languages().toArray(String[]::new))
                .param("postalCode", c.postalCode())
                .param("municipality", c.municipality())
                .param("phone", c.phone())
                .param("email", c.email())
                .param("residenceStatus", c.residenceStatus())
                .param("recognitionDate", c.recognitionDate())
                .param("receptionType", c.receptionType())
                .param("receptionName", c.receptionName())
                .param("adults", c.adults())
                .param("children", c.children())
                .param("consentServices", c.consentServices())
                .param("consentBuddyContact", c.consentBuddyContact())
                .param("consentReporting", c.consentReporting())
                .param("legalBasis", c.legalBasis())
                .param("notes", c.notes())
                .param("referredBy", c.referredBy())
                .query(String.class)
                .optional();
    }

    /** The case this partner opened under this source and reference; never another partner's. */
    public Optional<ExistingReferral> findByReferralKey(ReferralKey key) {
        return jdbc.sql("""
                SELECT id, request_fingerprint, status FROM buddyflow.buddy_case
                WHERE referred_by = :partner AND source = :source AND external_reference = :externalReference
                """)
                .param("partner", key.partner())
                .param("source", key.source())
                .param("externalReference", key.externalReference())
                .query((rs, row) -> new ExistingReferral(rs.getString("id"), rs.getString("request_fingerprint"),
                        CaseStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    public Optional<CaseSummary> findSummary(String caseId) {
        return jdbc.sql("""
                SELECT id, source, external_reference, referred_by, status, phase, created_at, closed_at,
                       closure_reason
                FROM buddyflow.buddy_case WHERE id = :id
                """)
                .param("id", caseId)
                .query(CaseFileRepository::toSummary)
                .optional();
    }

    /**
     * The summary of a case for the partner that referred it. An unknown case and another partner's
     * case are the same query with no row, so a caller cannot tell them apart.
     */
    public Optional<CaseSummary> findSummaryReferredBy(String caseId, String partner) {
        return jdbc.sql("""
                SELECT id, source, external_reference, referred_by, status, phase, created_at, closed_at,
                       closure_reason
                FROM buddyflow.buddy_case WHERE id = :id AND referred_by = :partner
                """)
                .param("id", caseId)
                .param("partner", partner)
                .query(CaseFileRepository::toSummary)
                .optional();
    }

    private static CaseSummary toSummary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getString("id"), rs.getString("source"), rs.getString("external_reference"),
                rs.getString("referred_by"), CaseStatus.valueOf(rs.getString("status")),
                CasePhase.valueOf(rs.getString("phase")), toOffset(rs.getTimestamp("created_at")),
                toOffset(rs.getTimestamp("closed_at")), rs.getString("closure_reason"));
    }

    public Optional<IntakeSummary> findIntakeSummary(String caseId) {
        return jdbc.sql("""
                SELECT id, given_name, family_name, date_of_birth, languages, postal_code, municipality,
                       residence_status, recognition_date, reception_type, reception_name, adults, children,
                       consent_buddy_contact, legal_basis, source
                FROM buddyflow.buddy_case WHERE id = :id
                """)
                .param("id", caseId)
                .query((rs, row) -> new IntakeSummary(rs.getString("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class),
                        List.of((String[]) rs.getArray("languages").getArray()), rs.getString("postal_code"),
                        rs.getString("municipality"), rs.getString("residence_status"),
                        rs.getObject("recognition_date", LocalDate.class), rs.getString("reception_type"),
                        rs.getString("reception_name"), rs.getObject("adults", Integer.class),
                        rs.getObject("children", Integer.class), rs.getBoolean("consent_buddy_contact"),
                        rs.getString("legal_basis"), rs.getString("source")))
                .optional();
    }

    /**
     * Other cases of the same organisation that may be the same person: same family name and the
     * same date of birth or given name. For a social worker to confirm or dismiss; never merged
     * automatically. Only the organisation's own cases, because the reviewer may only learn of those;
     * only the {@code limit} most recent, with the total, so that neither the answer nor what the
     * review keeps of it grows with the number of namesakes. {@code lower(family_name)} keeps the
     * index of V16 in use.
     */
    public PossibleDuplicates findPossibleDuplicates(String caseId, int limit) {
        List<PossibleDuplicate> rows = jdbc.sql(POSSIBLE_DUPLICATES)
                .param("id", caseId)
                .param("limit", limit)
                .query((rs, row) -> new PossibleDuplicate(rs.getString("id"), rs.getInt("total")))
                .list();
        return new PossibleDuplicates(rows.isEmpty() ? 0 : rows.get(0).total(),
                rows.stream().map(PossibleDuplicate::caseId).toList());
    }

    /** Package-visible so that a test can check that the plan still uses the index of V16. */
    static final String POSSIBLE_DUPLICATES = """
            SELECT other.id, count(*) OVER () AS total FROM buddyflow.buddy_case this
            JOIN buddyflow.buddy_case other ON other.id <> this.id
                 AND lower(other.family_name) = lower(this.family_name)
                 AND other.organisation_id = this.organisation_id
                 AND (other.date_of_birth = this.date_of_birth OR lower(other.given_name) = lower(this.given_name))
            WHERE this.id = :id
            ORDER BY other.created_at DESC, other.id DESC
            LIMIT :limit
            """;

    private record PossibleDuplicate(String caseId, int total) {
    }

    /** The facts matching may use: languages, place, household; no identity, no notes. */
    public Optional<MatchingFacts> findMatchingFacts(String caseId) {
        return jdbc.sql("""
                SELECT id, languages, postal_code, date_of_birth, children, status
                FROM buddyflow.buddy_case WHERE id = :id
                """)
                .param("id", caseId)
                .query((rs, row) -> new MatchingFacts(rs.getString("id"),
                        List.of((String[]) rs.getArray("languages").getArray()), rs.getString("postal_code"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getObject("children", Integer.class),
                        CaseStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    public Optional<ReceptionFacts> findReceptionFacts(String caseId) {
        return jdbc.sql("SELECT id, organisation_id, status, reception_type FROM buddyflow.buddy_case WHERE id = :id")
                .param("id", caseId)
                .query((rs, row) -> new ReceptionFacts(rs.getString("id"), rs.getString("organisation_id"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getString("reception_type")))
                .optional();
    }

    /** A referring system reports that protection was granted. */
    public void recordRecognition(String caseId, java.time.LocalDate recognitionDate) {
        jdbc.sql("""
                UPDATE buddyflow.buddy_case SET recognition_date = :date,
                       residence_status = CASE WHEN residence_status = 'ASYLUM_SEEKER' THEN 'RECOGNISED_REFUGEE'
                                               ELSE residence_status END
                WHERE id = :id
                """)
                .param("date", recognitionDate).param("id", caseId)
                .update();
    }

    public void moveToPhase(String caseId, CasePhase phase) {
        requireOneRow(jdbc.sql("UPDATE buddyflow.buddy_case SET phase = :phase WHERE id = :id AND status = 'OPEN'")
                .param("phase", phase.name())
                .param("id", caseId)
                .update(), caseId);
        auditLog.write(caseId, Resource.CASE_STATUS, purposeOfMoveTo(phase));
    }

    /** The step whose outcome moves a case into a phase. */
    private static Purpose purposeOfMoveTo(CasePhase phase) {
        return switch (phase) {
            case INTAKE -> Purpose.REFERRAL;
            case SCREENING -> Purpose.INTAKE_REVIEW;
            case MATCHING -> Purpose.SCREENING;
            case ACTIVE -> Purpose.MATCHING;
            case CLOSED -> Purpose.CLOSURE;
        };
    }

    /** Closes an open case; closing a closed case again changes nothing (delegates may be retried). */
    public void close(String caseId, String closureReason) {
        int closed = jdbc.sql("""
                UPDATE buddyflow.buddy_case SET status = 'CLOSED', phase = 'CLOSED', closed_at = now(),
                       closure_reason = :reason
                WHERE id = :id AND status = 'OPEN'
                """)
                .param("reason", closureReason)
                .param("id", caseId)
                .update();
        if (closed == 1) {
            auditLog.write(caseId, Resource.CASE_STATUS, Purpose.CLOSURE);
        }
    }

    public void recordDecision(String caseId, String decision, String reason, String decidedBy) {
        jdbc.sql("""
                INSERT INTO buddyflow.case_decision (case_id, decision, reason, decided_by)
                VALUES (:caseId, :decision, :reason, :decidedBy)
                """)
                .param("caseId", caseId)
                .param("decision", decision)
                .param("reason", reason)
                .param("decidedBy", decidedBy)
                .update();
    }

    private static void requireOneRow(int rows, String caseId) {
        if (rows != 1) {
            throw new IllegalStateException("No open case " + caseId);
        }
    }

    private static OffsetDateTime toOffset(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }

}
