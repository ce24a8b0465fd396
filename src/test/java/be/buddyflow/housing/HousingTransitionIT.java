package be.buddyflow.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The housing transition driven by a partner system's events over /api and worked by a social
 * worker over the engine REST API, as Tasklist does; and started by hand from Tasklist.
 */
@IntegrationTest
class HousingTransitionIT {

    private static final String KEY = HousingTransitions.PROCESS_KEY;
    private static final DateTimeFormatter ENGINE_REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void recognitionInCollectiveReceptionBeginsTheTransitionAndPartnerEventsDriveIt() {
        String caseId = refer("COLLECTIVE");
        String recognised = LocalDate.now().minusDays(1).toString();

        Reply recognition = event(caseId, "recognition-granted",
                "{\"eventId\": \"rec-1\", \"recognitionDate\": \"" + recognised + "\"}");
        assertThat(recognition.status()).as(recognition.toString()).isEqualTo(202);
        assertThat(recognition.json().get("result").asText()).isEqualTo("APPLIED");
        assertThat(transitions(caseId)).isEqualTo(1);

        assertThat(event(caseId, "recognition-granted", "{\"eventId\": \"rec-1\", \"recognitionDate\": \"" + recognised + "\"}")
                .status()).as("replay").isEqualTo(200);
        Reply again = event(caseId, "recognition-granted", "{\"eventId\": \"rec-2\", \"recognitionDate\": \"" + recognised + "\"}");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("result").asText()).as("kept, no second transition").isEqualTo("RECORDED");
        assertThat(transitions(caseId)).isEqualTo(1);

        Reply tooEarly = event(caseId, "housing-found", "{\"eventId\": \"h-0\", \"leaseSignedOn\": \"" + recognised + "\"}");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.contentType()).startsWith("application/problem+json");
        assertThat(tooEarly.json().get("detail").asText()).contains("no housing transition waiting for housing-found");

        complete("sofie", caseId, "UserTask_HoldConversation", Map.of("conversationHeldOn", recognised));
        complete("sofie", caseId, "UserTask_RecordChoice",
                Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", recognised));
        assertThat(task("sofie", caseId, "UserTask_SearchHousing")).isNotNull();
        assertThat(task("samir", caseId, "UserTask_SearchHousing")).as("another organisation").isNull();

        Reply noLease = event(caseId, "housing-found", "{\"eventId\": \"h-1\"}");
        assertThat(noLease.status()).isEqualTo(400);
        assertThat(noLease.json().get("errors").get(0).get("field").asText()).isEqualTo("leaseSignedOn");
        Reply found = event(caseId, "housing-found", "{\"eventId\": \"h-2\", \"leaseSignedOn\": \"" + recognised + "\"}");
        assertThat(found.status()).as(found.toString()).isEqualTo(202);
        assertThat(found.json().get("result").asText()).isEqualTo("APPLIED");
        assertThat(event(caseId, "housing-found", "{\"eventId\": \"h-2\", \"leaseSignedOn\": \"" + recognised + "\"}")
                .status()).as("replay").isEqualTo(200);

        String moveDate = LocalDate.now().plusDays(20).toString();
        assertThat(event(caseId, "move-date-set", "{\"eventId\": \"m-1\"}").status()).isEqualTo(400);
        assertThat(event(caseId, "move-date-set", "{\"eventId\": \"m-2\", \"moveDate\": \"" + moveDate + "\"}").status())
                .isEqualTo(202);
        JsonNode confirmMove = task("sofie", caseId, "UserTask_ConfirmMove");
        assertThat(OffsetDateTime.parse(confirmMove.get("due").asText(), ENGINE_REST_DATE).toInstant())
                .as("end of office hours in Belgium on the move date")
                .isEqualTo(LocalDate.parse(moveDate).atTime(17, 0).atZone(HousingTimeline.BELGIUM).toInstant());
        assertThat(event(caseId, "moved", "{\"eventId\": \"mv-1\"}").status()).isEqualTo(202);
        Reply movedTwice = event(caseId, "moved", "{\"eventId\": \"mv-2\"}");
        assertThat(movedTwice.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_event WHERE case_id = ? AND event_id = 'mv-2'")
                .param(caseId).query(Long.class).single()).as("a refused event is not stored").isZero();

        complete("sofie", caseId, "UserTask_ArrangeDeposit", Map.of("depositRoute", "OCMW_GUARANTEE"));
        complete("sofie", caseId, "UserTask_RequestPremium",
                Map.of("installationPremiumDecision", "GRANTED", "installationPremiumGrantedOn", recognised));
        complete("sofie", caseId, "UserTask_RegisterInMunicipality", Map.of("registeredOn", moveDate, "newPostalCode", "9050"));
        complete("sofie", caseId, "UserTask_HandOver", Map.of("handover", "SAME_OCMW"));

        assertThat(transitions(caseId)).isZero();
        assertThat(jdbc.sql("SELECT outcome FROM buddyflow.housing_transition WHERE case_id = ? AND ended_at IS NOT NULL")
                .param(caseId).query(String.class).single()).isEqualTo("MOVED");
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.installation_premium WHERE case_id = ?")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theInstallationPremiumIsGrantedOnceInALifetimeAcrossCases() {
        String familyName = "Premium" + System.nanoTime();
        String first = refer("COLLECTIVE", familyName);
        String recognised = LocalDate.now().minusDays(1).toString();
        toHousingFound(first, recognised);
        complete("sofie", first, "UserTask_RequestPremium",
                Map.of("installationPremiumDecision", "GRANTED", "installationPremiumGrantedOn", recognised));

        // The same person referred again (same names and date of birth), by another partner reference.
        String second = refer("COLLECTIVE", familyName);
        toHousingFound(second, recognised);

        assertThat(task("sofie", second, "UserTask_RequestPremium")).isNull();
        JsonNode review = task("sofie", second, "UserTask_ReviewRepeatPremium");
        assertThat(review).isNotNull();
        assertThat(runtimeService.getVariable(review.get("executionId").asText(), "installationPremiumGrantedBeforeOn"))
                .isEqualTo(recognised);
    }

    @Test
    void recognitionOutsideCollectiveReceptionIsOnlyKept() {
        String caseId = refer("INDIVIDUAL");

        Reply recognition = event(caseId, "recognition-granted", "{\"eventId\": \"rec-1\", \"recognitionDate\": \"2026-11-25\"}");

        assertThat(recognition.status()).isEqualTo(202);
        assertThat(recognition.json().get("result").asText()).isEqualTo("RECORDED");
        assertThat(transitions(caseId)).isZero();
    }

    @Test
    void socialWorkerStartsATransitionForTheirOwnOrganisationsCaseOnly() {
        String caseId = refer("INDIVIDUAL");
        // submit-form is what Tasklist calls for a start form; a refusal there is a 400 with the message.
        String body = "{\"variables\": {\"caseId\": {\"value\": \"" + caseId + "\"}, \"recognitionDate\": {\"value\": \""
                + LocalDate.now().minusDays(3) + "\"}}}";

        Reply startForm = Http.as("sofie", port).get("/engine-rest/process-definition/key/" + KEY + "/deployed-start-form");
        assertThat(startForm.status()).as(startForm.toString()).isEqualTo(200);
        assertThat(startForm.json().get("id").asText()).isEqualTo("housing-start");

        Reply other = Http.as("samir", port).postJson("/engine-rest/process-definition/key/" + KEY + "/submit-form", body);
        assertThat(other.status()).as(other.toString()).isEqualTo(400);
        assertThat(other.json().get("message").asText()).contains("caseId: ");
        assertThat(transitions(caseId)).isZero();
        Reply volunteer = Http.as("victor", port).postJson("/engine-rest/process-definition/key/" + KEY + "/submit-form", body);
        assertThat(volunteer.status()).as("no grant to start").isIn(403, 404);

        Reply started = Http.as("sofie", port).postJson("/engine-rest/process-definition/key/" + KEY + "/submit-form", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        assertThat(started.json().get("businessKey").asText()).as("set from the case id").isEqualTo(caseId);
        assertThat(task("sofie", caseId, "UserTask_HoldConversation")).isNotNull();

        Reply second = Http.as("sofie", port).postJson("/engine-rest/process-definition/key/" + KEY + "/submit-form", body);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.json().get("message").asText()).contains("caseId: ");
        assertThat(transitions(caseId)).isEqualTo(1);
    }

    private long transitions(String caseId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).processInstanceBusinessKey(caseId).count();
    }

    private void toHousingFound(String caseId, String day) {
        assertThat(event(caseId, "recognition-granted", "{\"eventId\": \"rec\", \"recognitionDate\": \"" + day + "\"}")
                .status()).isEqualTo(202);
        complete("sofie", caseId, "UserTask_HoldConversation", Map.of("conversationHeldOn", day));
        complete("sofie", caseId, "UserTask_RecordChoice", Map.of("transitionChoice", "INDIVIDUAL_RECEPTION", "stayStartsOn", day));
        assertThat(event(caseId, "housing-found", "{\"eventId\": \"found\", \"leaseSignedOn\": \"" + day + "\"}")
                .status()).isEqualTo(202);
    }

    private String refer(String receptionType) {
        return refer(receptionType, "Housing" + System.nanoTime());
    }

    private String refer(String receptionType, String familyName) {
        String referral = Referrals.gent(Referrals.uniqueReference(), familyName)
                .replace("\"type\": \"COLLECTIVE\"", "\"type\": \"" + receptionType + "\"");
        return Http.as("intake-system", port).postJson("/api/referrals", referral).json().get("caseId").asText();
    }

    private Reply event(String caseId, String type, String body) {
        return Http.as("intake-system", port).postJson("/api/cases/" + caseId + "/events/" + type, body);
    }

    /** The task of this kind that {@code user} sees for the case, or null. */
    private JsonNode task(String user, String caseId, String taskDefinitionKey) {
        Reply tasks = Http.as(user, port).get("/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&taskDefinitionKey=" + taskDefinitionKey);
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        return tasks.json().size() == 0 ? null : tasks.json().get(0);
    }

    private void complete(String user, String caseId, String taskDefinitionKey, Map<String, Object> variables) {
        JsonNode task = task(user, caseId, taskDefinitionKey);
        assertThat(task).as(user + " sees " + taskDefinitionKey).isNotNull();
        String taskId = task.get("id").asText();
        assertThat(Http.as(user, port).postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}")
                .status()).isEqualTo(204);
        StringBuilder body = new StringBuilder("{\"variables\": {");
        variables.forEach((name, value) -> body.append('"').append(name).append("\": {\"value\": \"").append(value)
                .append("\"},"));
        body.setLength(body.length() - 1);
        body.append("}}");
        Reply completed = Http.as(user, port).postJson("/engine-rest/task/" + taskId + "/complete", body.toString());
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }
}
