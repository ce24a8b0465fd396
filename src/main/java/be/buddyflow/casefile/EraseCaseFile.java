package be.buddyflow.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Removes the person from the case file and keeps an anonymous record: the case id, organisation,
 * status, phase, dates, residence status, reception type, postal code area, languages, need domains
 * and closed-list outcomes stay for statistics; names, birth date, contact details, reference,
 * fingerprint and every free text go. Volunteers' own data is not touched: it is theirs.
 */
@Repository
public class EraseCaseFile {

    private final JdbcClient jdbc;

    EraseCaseFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when there is no such case */
    public boolean anonymise(String caseId, String erasedBy) {
        int cases = jdbc.sql("""
                UPDATE buddyflow.buddy_case SET
                    given_name = '-', family_name = '-', date_of_birth = NULL, municipality = NULL,
                    phone = NULL, email = NULL, reception_name = NULL, notes = NULL,
                    external_reference = 'erased:' || id, request_fingerprint = repeat('0', 64),
                    erased_at = now(), erased_by = :erasedBy
                WHERE id = :caseId
                """).param("caseId", caseId).param("erasedBy", erasedBy).update();
        if (cases == 0) {
            return false;
        }
        for (String freeText : new String[] {
                "UPDATE buddyflow.screening SET interests = '{}' WHERE case_id = :caseId",
                "UPDATE buddyflow.meeting_log SET note = NULL WHERE case_id = :caseId",
                "UPDATE buddyflow.final_evaluation SET comment = NULL WHERE case_id = :caseId",
                "UPDATE buddyflow.duo_request SET text = NULL WHERE case_id = :caseId"}) {
            jdbc.sql(freeText).param("caseId", caseId).update();
        }
        return true;
    }

    public boolean isErased(String caseId) {
        return jdbc.sql("SELECT erased_at IS NOT NULL FROM buddyflow.buddy_case WHERE id = :caseId")
                .param("caseId", caseId).query(Boolean.class).optional().orElse(false);
    }
}
