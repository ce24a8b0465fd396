package be.buddyflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.PartnerStub;
import be.buddyflow.support.PartnerStub.Received;
import be.buddyflow.support.Referrals;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner system hears when its case closes: a referral from source {@value PartnerStub#SOURCE}
 * (whose callback is a local HTTP server) leaves the programme, and the closure posts to the partner.
 * A partner that is down gets the retry cycle (R2/PT1S here), then an incident that an operator
 * sees in Cockpit and retries once the partner is back: nothing is lost.
 */
@IntegrationTest
class PartnerCallbackIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private final PartnerStub partner = PartnerStub.get();

    @AfterEach
    void partnerIsUpAgain() {
        partner.answer(204);
    }

    @Test
    void theClosureIsDeliveredOnceWithoutPersonalData() throws Exception {
        String caseId = referAndLeave("MOVED_AWAY");

        await("callback").atMost(Duration.ofSeconds(30)).until(() -> !partner.receivedFor(caseId).isEmpty());
        await("closure ended").atMost(Duration.ofSeconds(30)).until(() -> instances(caseId) == 0);

        List<Received> received = partner.receivedFor(caseId);
        assertThat(received).hasSize(1);
        JsonNode body = JSON.readTree(received.get(0).body());
        assertThat(body.get("caseId").asText()).isEqualTo(caseId);
        assertThat(body.get("status").asText()).isEqualTo("CLOSED");
        assertThat(body.get("phase").asText()).isEqualTo("CLOSED");
        assertThat(body.get("closureReason").asText()).isEqualTo("MOVED_AWAY");
        assertThat(body.get("occurredAt").asText()).isNotBlank();
        assertThat(received.get(0).body()).as("no personal data").doesNotContain("Lina", "Callback", "9000", "lina@");
        assertThat(received.get(0).idempotencyKey()).startsWith("closure-");
    }

    @Test
    void aPartnerThatIsDownGetsRetriesThenAnIncidentAndTheRetryAfterRecoveryDeliversIt() throws Exception {
        partner.answer(503);
        String caseId = referAndLeave("ENDED_EARLY");
        Http admin = Http.as("admin", port);

        // R2/PT1S: two tries a second apart, then an incident, as Cockpit shows it.
        await("incident").atMost(Duration.ofSeconds(60)).until(() ->
                admin.get("/engine-rest/incident?activityId=ServiceTask_InformPartner&processInstanceId="
                        + closureInstance(admin, caseId)).json().size() == 1);
        JsonNode incident = admin.get("/engine-rest/incident?activityId=ServiceTask_InformPartner&processInstanceId="
                + closureInstance(admin, caseId)).json().get(0);
        assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
        assertThat(partner.receivedFor(caseId)).extracting(Received::answered).containsExactly(503, 503);
        String jobId = incident.get("configuration").asText();
        assertThat(admin.get("/engine-rest/job/" + jobId).json().get("exceptionMessage").asText()).contains("503");
        assertThat(instances(caseId)).as("the trajectory and its closure wait for the partner: nothing is dropped")
                .isEqualTo(2);
        assertThat(Http.as("intake-system", port).get("/api/cases/" + caseId).json().get("status").asText())
                .as("the case itself is closed all the same").isEqualTo("CLOSED");

        // The partner is back; the operator retries the job (Cockpit: "Increment number of retries").
        partner.answer(200);
        Reply retry = admin.putJson("/engine-rest/job/" + jobId + "/retries", "{\"retries\": 1}");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(204);

        await("delivered").atMost(Duration.ofSeconds(30)).until(() -> instances(caseId) == 0);
        List<Received> received = partner.receivedFor(caseId);
        assertThat(received).extracting(Received::answered).containsExactly(503, 503, 200);
        assertThat(received).extracting(Received::idempotencyKey).as("one change, one key").containsOnly(
                received.get(0).idempotencyKey());
        assertThat(admin.get("/engine-rest/incident?processInstanceId=" + closureHistoric(admin, caseId)).json())
                .isEmpty();
    }

    @Test
    void aSourceWithoutCallbackIsNotCalled() {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "NoCallback")).json().get("caseId").asText();
        leave(caseId, "MOVED_AWAY");

        await("closure ended").atMost(Duration.ofSeconds(30)).until(() -> instances(caseId) == 0);
        assertThat(partner.receivedFor(caseId)).isEmpty();
    }

    private String referAndLeave(String reason) {
        Reply referral = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.referral(PartnerStub.SOURCE, Referrals.uniqueReference(), "Callback", "9000"));
        assertThat(referral.status()).as(referral.toString()).isEqualTo(201);
        String caseId = referral.json().get("caseId").asText();
        leave(caseId, reason);
        return caseId;
    }

    private void leave(String caseId, String reason) {
        Reply left = Http.as("intake-system", port).postJson("/api/cases/" + caseId + "/events/left-programme",
                "{\"eventId\": \"left-" + caseId + "\", \"reason\": \"" + reason + "\"}");
        assertThat(left.status()).as(left.toString()).isEqualTo(202);
    }

    private long instances(String caseId) {
        return Http.as("admin", port).get("/engine-rest/process-instance/count?businessKey=" + caseId).json()
                .get("count").asLong();
    }

    private static String closureInstance(Http admin, String caseId) {
        JsonNode closures = admin.get("/engine-rest/process-instance?processDefinitionKey=trajectory-closure&businessKey="
                + caseId).json();
        return closures.isEmpty() ? "none" : closures.get(0).get("id").asText();
    }

    private static String closureHistoric(Http admin, String caseId) {
        return admin.get("/engine-rest/history/process-instance?processDefinitionKey=trajectory-closure&processInstanceBusinessKey="
                + caseId).json().get(0).get("id").asText();
    }
}
