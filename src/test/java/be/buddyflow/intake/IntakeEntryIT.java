package be.buddyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Tasks;
import be.buddyflow.trajectory.TrajectoryProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A social worker enters an intake through the start form of {@code intake-entry}, the way Tasklist
 * submits it: the case opens in the organisation serving the postal code, with its consents and its
 * trajectory, and a bad form is refused without leaving anything behind.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeEntryIT {

    private static final String SUBMIT = "/engine-rest/process-definition/key/intake-entry/submit-form";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIntakeEnteredBySofieOpensAGentCaseWithItsConsentsAndTrajectory() {
        Reply submitted = Http.as("sofie", port).postJson(SUBMIT, Tasks.variablesBody(form("Lina", "9000")));

        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        String instanceId = submitted.json().get("id").asText();
        Map<String, Object> opened = jdbc.sql("""
                SELECT id, organisation_id, referred_by FROM buddyflow.buddy_case
                WHERE source = 'tasklist' AND external_reference = ?""").param(instanceId).query().singleRow();
        String caseId = (String) opened.get("id");
        assertThat(opened.get("organisation_id")).isEqualTo("ocmw-gent");
        assertThat(opened.get("referred_by")).isEqualTo("sofie");
        assertThat(jdbc.sql("""
                SELECT purpose || coalesce(':' || organisation, '') || '/' || legal_basis || '/' || recorded_by
                FROM buddyflow.consent WHERE case_id = ? ORDER BY id""").param(caseId).query(String.class).list())
                .containsExactly("SERVICES/PUBLIC_TASK/sofie", "BUDDY_CONTACT/PUBLIC_TASK/sofie",
                        "SHARING:VDAB/PUBLIC_TASK/sofie");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TrajectoryProcess.KEY)
                .processInstanceBusinessKey(caseId).count()).isEqualTo(1);
        assertThat(Tasks.single(port, "sofie", caseId, "UserTask_ReviewIntake")).isNotBlank();
    }

    @Test
    void aBadFormIsRefusedNamingTheFieldsAndOpensNothing(CapturedOutput output) {
        Map<String, Object> form = form("Refused", "90");
        form.put("consentServices", false);

        Reply refused = Http.as("sofie", port).postJson(SUBMIT, Tasks.variablesBody(form));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        // The form's own rule (a Belgian postal code) refuses it where the engine takes the form, by its label.
        assertThat(refused.json().get("message").asText()).contains("Postcode");
        form.put("postalCode", "9000");
        Reply noConsent = Http.as("sofie", port).postJson(SUBMIT, Tasks.variablesBody(form));
        assertThat(noConsent.status()).as(noConsent.toString()).isEqualTo(400);
        assertThat(noConsent.json().get("message").asText()).contains("consent.services");
        // The delegate's refusal is the person's mistake: one line at INFO, no engine ERROR with a stack trace.
        assertThat(output.getAll()).contains("Refused a request:")
                .doesNotContain("closing command context: " + noConsent.json().get("message").asText());
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.buddy_case WHERE given_name = 'Refused'")
                .query(Long.class).single()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("intake-entry").count()).isZero();
    }

    @Test
    void onlySocialWorkersMayEnterAnIntake() {
        for (String user : List.of("victor", "cora", "mona", "intake-system")) {
            Reply refused = Http.as(user, port).postJson(SUBMIT, Tasks.variablesBody(form("Nobody", "9000")));
            assertThat(refused.status()).as(user + ": " + refused).isIn(403, 404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.buddy_case WHERE given_name = 'Nobody'")
                .query(Long.class).single()).isZero();
    }

    private static Map<String, Object> form(String givenName, String postalCode) {
        Map<String, Object> form = new HashMap<>();
        form.put("givenName", givenName);
        form.put("familyName", "Haddad");
        form.put("dateOfBirth", "1994-03-02");
        form.put("languages", "ar, fr");
        form.put("postalCode", postalCode);
        form.put("municipality", "Gent");
        form.put("residenceStatus", "RECOGNISED_REFUGEE");
        form.put("recognitionDate", "2026-11-02");
        form.put("receptionType", "COLLECTIVE");
        form.put("receptionName", "Opvangcentrum Gent");
        form.put("householdAdults", 1);
        form.put("householdChildren", 0);
        form.put("consentServices", true);
        form.put("consentBuddyContact", true);
        form.put("consentReporting", false);
        form.put("shareWith", "VDAB");
        form.put("legalBasis", "PUBLIC_TASK");
        return form;
    }
}
