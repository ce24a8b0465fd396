package be.buddyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import be.buddyflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The possible-duplicates check, now limited to the case's organisation (issue 11), still finds its
 * namesakes through the index of V16 on lower(family_name) rather than reading every case of the
 * organisation: docs/benchmarks.md measured 55-145 ms at 100,000 cases without it.
 */
@IntegrationTest
class PossibleDuplicatesPlanIT {

    private static final int CASES = 10_000;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCheckUsesTheFamilyNameIndex() {
        String prefix = "Plan" + System.nanoTime() + "-";
        // Distinct family names in two organisations, written straight into the table.
        jdbc.sql("""
                INSERT INTO buddyflow.buddy_case (id, source, external_reference, request_fingerprint, organisation_id,
                    status, phase, given_name, family_name, date_of_birth, languages, postal_code, residence_status,
                    reception_type, consent_services, legal_basis, referred_by)
                SELECT 'BF-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('buddyflow.case_number_seq')::text, 6, '0'),
                    'bulk-plan', :prefix || n, repeat('0', 64),
                    CASE WHEN n % 2 = 0 THEN 'ocmw-gent' ELSE 'ocmw-leuven' END, 'OPEN', 'INTAKE',
                    'Lina', :prefix || n, DATE '1990-01-01', ARRAY['ar'], '9000', 'RECOGNISED_REFUGEE',
                    'COLLECTIVE', TRUE, 'PUBLIC_TASK', 'intake-system'
                FROM generate_series(1, :count) AS n
                """).param("prefix", prefix).param("count", CASES).update();
        try {
            jdbc.sql("ANALYZE buddyflow.buddy_case").update();
            String caseId = jdbc.sql("SELECT id FROM buddyflow.buddy_case WHERE family_name = ?")
                    .param(prefix + 42).query(String.class).single();

            List<String> plan = jdbc.sql("EXPLAIN " + CaseFileRepository.POSSIBLE_DUPLICATES)
                    .param("id", caseId).param("limit", 5).query(String.class).list();

            assertThat(String.join("\n", plan)).contains("ix_buddy_case_family_name");
        } finally {
            jdbc.sql("DELETE FROM buddyflow.buddy_case WHERE source = 'bulk-plan' AND family_name LIKE ?")
                    .param(prefix + "%").update();
        }
    }
}
