package be.buddyflow.casefile;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of a case's consents: one row per purpose (and per organisation for sharing), with
 * the legal basis, who recorded it and when. Joins the caller's transaction, so a case never exists
 * without the consents it was opened with.
 */
@Repository
public class ConsentLedger {

    private final JdbcClient jdbc;

    ConsentLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseId, ConsentPurpose purpose, String organisation, String legalBasis, String recordedBy) {
        jdbc.sql("""
                INSERT INTO buddyflow.consent (case_id, purpose, organisation, legal_basis, recorded_by)
                VALUES (:caseId, :purpose, :organisation, :legalBasis, :recordedBy)
                """)
                .param("caseId", caseId).param("purpose", purpose.name()).param("organisation", organisation)
                .param("legalBasis", legalBasis).param("recordedBy", recordedBy)
                .update();
    }

    /**
     * Marks the purpose's consents in force as withdrawn (for SHARING only the named organisation's)
     * and clears the case's current flag; the rows stay, with who withdrew them and when.
     *
     * @return how many consents were withdrawn: 0 when none was in force
     */
    public int withdraw(String caseId, ConsentPurpose purpose, String organisation, String withdrawnBy) {
        int withdrawn = jdbc.sql("""
                UPDATE buddyflow.consent SET withdrawn_at = now(), withdrawn_by = :by
                WHERE case_id = :caseId AND purpose = :purpose AND withdrawn_at IS NULL
                  AND (:organisation::varchar IS NULL OR organisation = :organisation)
                """)
                .param("caseId", caseId).param("purpose", purpose.name()).param("organisation", organisation)
                .param("by", withdrawnBy)
                .update();
        // Sharing has no flag on the case; services is never withdrawn here (WithdrawConsent refuses it).
        String flag = purpose == ConsentPurpose.BUDDY_CONTACT ? "consent_buddy_contact"
                : purpose == ConsentPurpose.REPORTING ? "consent_reporting" : null;
        if (flag != null) {
            jdbc.sql("UPDATE buddyflow.buddy_case SET " + flag + " = FALSE WHERE id = :caseId")
                    .param("caseId", caseId).update();
        }
        return withdrawn;
    }

    /** The purposes (and sharing organisations) in force now, as "PURPOSE" or "SHARING:organisation". */
    public List<String> inForce(String caseId) {
        return jdbc.sql("""
                SELECT purpose || coalesce(':' || organisation, '') FROM buddyflow.consent
                WHERE case_id = :caseId AND withdrawn_at IS NULL ORDER BY id
                """)
                .param("caseId", caseId).query(String.class).list();
    }
}
