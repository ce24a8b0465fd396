package be.buddyflow.housing;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The OCMW installation premium (1/12 of the yearly category-3 leefloon) is granted once in a
 * lifetime: a grant is kept per person, whatever case or organisation it came through.
 */
@Service
public class InstallationPremiums {

    /** The same person across cases: normalised names and date of birth, hashed (V10 explains). */
    private static final String PERSON_KEY = """
            encode(sha256(convert_to(lower(btrim(c.family_name)) || '|' || lower(btrim(c.given_name)) || '|'
                   || coalesce(c.date_of_birth::text, c.id), 'UTF8')), 'hex')""";

    private final JdbcClient jdbc;

    InstallationPremiums(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the newcomer of this case was granted the premium before, if ever. */
    public Optional<LocalDate> grantedBefore(String caseId) {
        return jdbc.sql("SELECT p.granted_on FROM buddyflow.installation_premium p JOIN buddyflow.buddy_case c ON p.person_key = "
                        + PERSON_KEY + " WHERE c.id = :caseId")
                .param("caseId", caseId)
                .query(LocalDate.class)
                .optional();
    }

    /** @return false when the person was granted the premium before: the second grant is refused */
    public boolean recordGrant(String caseId, LocalDate grantedOn, String recordedBy) {
        return jdbc.sql("INSERT INTO buddyflow.installation_premium (person_key, case_id, granted_on, recorded_by) SELECT "
                        + PERSON_KEY + ", c.id, :grantedOn, :recordedBy FROM buddyflow.buddy_case c WHERE c.id = :caseId"
                        + " ON CONFLICT (person_key) DO NOTHING")
                .param("caseId", caseId).param("grantedOn", grantedOn).param("recordedBy", recordedBy)
                .update() == 1;
    }
}
