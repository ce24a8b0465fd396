package be.buddyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Trajectory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newcomer withdraws consent: the ledger keeps who withdrew what and when, and withdrawing buddy
 * contact ends the active duo through the trajectory's closure.
 */
@IntegrationTest
class ConsentWithdrawalIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withdrawingBuddyContactEndsTheActiveDuoAndClosesTheCase() {
        Trajectory trajectory = new Trajectory(port, runtimeService, managementService, jdbc);
        trajectory.victorHasRoom();
        String victor = trajectory.victorId();
        String caseId = refer();
        trajectory.toActive(caseId);
        assertThat(load(victor)).isOne();

        assertThat(withdraw("samir", caseId, "buddy-contact").status()).as("another organisation's case")
                .isEqualTo(404);
        assertThat(withdraw("victor", caseId, "buddy-contact").status()).isEqualTo(403);
        Reply withdrawn = withdraw("sofie", caseId, "buddy-contact");

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("inForce").toString()).contains("SERVICES").doesNotContain("BUDDY_CONTACT");
        assertThat(jdbc.sql("""
                SELECT withdrawn_by FROM buddyflow.consent
                WHERE case_id = ? AND purpose = 'BUDDY_CONTACT' AND withdrawn_at IS NOT NULL""")
                .param(caseId).query(String.class).single()).isEqualTo("sofie");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("trajectory-active")
                .processInstanceBusinessKey(caseId).count()).as("the duo's phase ended").isZero();
        await("case closed").atMost(Duration.ofSeconds(30)).until(() -> "CLOSED ENDED_EARLY".equals(jdbc.sql(
                "SELECT status || ' ' || closure_reason FROM buddyflow.buddy_case WHERE id = ?").param(caseId)
                .query(String.class).single()));
        await("victor released").atMost(Duration.ofSeconds(30)).until(() -> load(victor) == 0);

        Reply again = withdraw("sofie", caseId, "buddy-contact");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void consentToServicesIsNotWithdrawnHereAndUnknownPurposesAreRefused() {
        String caseId = refer();

        assertThat(withdraw("sofie", caseId, "services").status()).isEqualTo(409);
        Reply unknown = withdraw("sofie", caseId, "marketing");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("buddy-contact");
        assertThat(withdraw("sofie", caseId, "sharing").status()).as("sharing needs the organisation").isEqualTo(409);
        Reply consents = Http.as("sofie", port).get("/api/cases/" + caseId + "/consents");
        assertThat(consents.status()).isEqualTo(200);
        assertThat(consents.json().get("inForce").toString()).contains("SERVICES", "BUDDY_CONTACT");
        assertThat(Http.as("samir", port).get("/api/cases/" + caseId + "/consents").status()).isEqualTo(404);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count())
                .as("the trajectory goes on").isPositive();
    }

    @Test
    void sharingIsWithdrawnPerOrganisationAndOnlyWhatIsInForce() {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Sharing")
                        .replace("\"legalBasis\": \"PUBLIC_TASK\"}", "\"legalBasis\": \"PUBLIC_TASK\", \"shareWith\": [\"VDAB\", \"AgII\"]}"))
                .json().get("caseId").asText();

        Reply withdrawn = Http.as("sofie", port).post("/api/cases/" + caseId
                + "/consents/sharing/withdrawal?organisation=VDAB", "application/json", "");

        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("inForce").toString()).contains("SHARING:AgII").doesNotContain("SHARING:VDAB");
        assertThat(Http.as("sofie", port).post("/api/cases/" + caseId
                + "/consents/sharing/withdrawal?organisation=VDAB", "application/json", "").status())
                .as("already withdrawn").isEqualTo(409);
        assertThat(withdraw("sofie", caseId, "reporting").status()).as("the referral gave no reporting consent")
                .isEqualTo(409);
    }

    private String refer() {
        return Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Consent")).json().get("caseId").asText();
    }

    private Reply withdraw(String user, String caseId, String purpose) {
        return Http.as(user, port).post("/api/cases/" + caseId + "/consents/" + purpose + "/withdrawal",
                "application/json", "");
    }

    private int load(String volunteerId) {
        return jdbc.sql("SELECT current_load FROM buddyflow.volunteer WHERE id = ?").param(volunteerId)
                .query(Integer.class).single();
    }
}
