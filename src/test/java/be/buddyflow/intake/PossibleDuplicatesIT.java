package be.buddyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, finding 4: the intake review's possible-duplicates check. With hundreds of namesakes a
 * referral and an intake entered in Tasklist still open their case, and the review shows a count and
 * at most five case numbers; and the check looks only at the case's own organisation, so a Gent
 * social worker who enters a Leuven person's name and date of birth learns nothing of the Leuven case.
 */
@IntegrationTest
class PossibleDuplicatesIT {

    private static final String SUBMIT = "/engine-rest/process-definition/key/intake-entry/submit-form";
    private static final String REVIEW = "UserTask_ReviewIntake";
    /** More than the 251 case ids that fitted the 4,000 characters of the old string variable. */
    private static final int NAMESAKES = 262;
    /** What Referrals.referral sends: the namesakes share these with the referral. */
    private static final String GIVEN_NAME = "Lina";
    private static final String DATE_OF_BIRTH = "1990-01-01";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hundredsOfNamesakesNeitherBreakTheIntakeNorGrowTheReview() {
        String familyName = "Namesake" + System.nanoTime();
        insertGentNamesakes(familyName);
        try {
            List<String> newestNamesakes = jdbc.sql("""
                    SELECT id FROM buddyflow.buddy_case WHERE family_name = ? ORDER BY created_at DESC, id DESC LIMIT 5""")
                    .param(familyName).query(String.class).list();

            Reply referred = Http.as("intake-system", port).postJson("/api/referrals",
                    Referrals.gent(Referrals.uniqueReference(), familyName));

            assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
            String referredCase = referred.json().get("caseId").asText();
            JsonNode review = reviewVariables("sofie", referredCase);
            assertThat(review.get("possibleDuplicateCount").get("value").asInt()).isEqualTo(NAMESAKES);
            assertThat(review.get("possibleDuplicates").get("value").asText())
                    .isEqualTo(String.join(", ", newestNamesakes));

            Reply entered = Http.as("sofie", port).postJson(SUBMIT,
                    Tasks.variablesBody(form(familyName, "9000", "Gent")));

            assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
            String enteredCase = caseOfEntry(entered.json().get("id").asText());
            JsonNode enteredReview = reviewVariables("sofie", enteredCase);
            assertThat(enteredReview.get("possibleDuplicateCount").get("value").asInt()).isEqualTo(NAMESAKES + 1);
            String shown = enteredReview.get("possibleDuplicates").get("value").asText();
            assertThat(shown.split(", ")).hasSize(5).startsWith(referredCase).doesNotContain(enteredCase);
            assertThat(shown).hasSizeLessThan(100);
        } finally {
            jdbc.sql("DELETE FROM buddyflow.buddy_case WHERE source = 'bulk-namesakes' AND family_name = ?")
                    .param(familyName).update();
        }
    }

    @Test
    void aGentSocialWorkerEnteringALeuvenPersonLearnsNothingOfTheLeuvenCase() {
        String familyName = "Leuvenaar" + System.nanoTime();
        Reply leuven = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.referral("test-partner", Referrals.uniqueReference(), familyName, "3000"));
        assertThat(leuven.status()).as(leuven.toString()).isEqualTo(201);
        String leuvenCase = leuven.json().get("caseId").asText();

        Reply guessed = Http.as("sofie", port).postJson(SUBMIT, Tasks.variablesBody(form(familyName, "9000", "Gent")));

        assertThat(guessed.status()).as(guessed.toString()).isEqualTo(200);
        assertThat(guessed.body()).doesNotContain(leuvenCase);
        String gentCase = caseOfEntry(guessed.json().get("id").asText());
        String taskId = Tasks.single(port, "sofie", gentCase, REVIEW);
        JsonNode review = Tasks.variables(port, "sofie", taskId);
        assertThat(review.has("possibleDuplicateCount")).as(review.toString()).isFalse();
        assertThat(review.has("possibleDuplicates")).as(review.toString()).isFalse();
        assertThat(review.toString()).doesNotContain(leuvenCase);
        Reply form = Http.as("sofie", port).get("/engine-rest/task/" + taskId + "/form-variables");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).doesNotContain(leuvenCase);

        // Within Leuven the check still finds the person.
        Reply inLeuven = Http.as("samir", port).postJson(SUBMIT, Tasks.variablesBody(form(familyName, "3000", "Leuven")));
        assertThat(inLeuven.status()).as(inLeuven.toString()).isEqualTo(200);
        JsonNode leuvenReview = reviewVariables("samir", caseOfEntry(inLeuven.json().get("id").asText()));
        assertThat(leuvenReview.get("possibleDuplicateCount").get("value").asInt()).isEqualTo(1);
        assertThat(leuvenReview.get("possibleDuplicates").get("value").asText()).isEqualTo(leuvenCase);
    }

    /** Gent cases of the same person, written straight into the table: a referral each would take minutes. */
    private void insertGentNamesakes(String familyName) {
        int inserted = jdbc.sql("""
                INSERT INTO buddyflow.buddy_case (id, source, external_reference, request_fingerprint, organisation_id,
                    status, phase, given_name, family_name, date_of_birth, languages, postal_code, residence_status,
                    reception_type, consent_services, legal_basis, referred_by)
                SELECT 'BF-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('buddyflow.case_number_seq')::text, 6, '0'),
                    'bulk-namesakes', :familyName || '-' || n, repeat('0', 64), 'ocmw-gent', 'OPEN', 'INTAKE',
                    :givenName, :familyName, CAST(:dateOfBirth AS DATE), ARRAY['ar'], '9000', 'RECOGNISED_REFUGEE',
                    'COLLECTIVE', TRUE, 'PUBLIC_TASK', 'intake-system'
                FROM generate_series(1, :count) AS n
                """)
                .param("familyName", familyName).param("givenName", GIVEN_NAME).param("dateOfBirth", DATE_OF_BIRTH)
                .param("count", NAMESAKES)
                .update();
        assertThat(inserted).isEqualTo(NAMESAKES);
    }

    private JsonNode reviewVariables(String user, String caseId) {
        return Tasks.variables(port, user, Tasks.single(port, user, caseId, REVIEW));
    }

    private String caseOfEntry(String instanceId) {
        return jdbc.sql("SELECT id FROM buddyflow.buddy_case WHERE source = 'tasklist' AND external_reference = ?")
                .param(instanceId).query(String.class).single();
    }

    /** The start form "Intake invoeren" for the same person as Referrals.referral. */
    private static Map<String, Object> form(String familyName, String postalCode, String municipality) {
        Map<String, Object> form = new HashMap<>();
        form.put("givenName", GIVEN_NAME);
        form.put("familyName", familyName);
        form.put("dateOfBirth", DATE_OF_BIRTH);
        form.put("languages", "ar, nl");
        form.put("postalCode", postalCode);
        form.put("municipality", municipality);
        form.put("residenceStatus", "RECOGNISED_REFUGEE");
        form.put("receptionType", "COLLECTIVE");
        form.put("householdAdults", 1);
        form.put("householdChildren", 0);
        form.put("consentServices", true);
        form.put("consentBuddyContact", true);
        form.put("consentReporting", false);
        form.put("legalBasis", "PUBLIC_TASK");
        return form;
    }
}
