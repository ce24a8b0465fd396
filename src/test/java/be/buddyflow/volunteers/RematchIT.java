package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.Trajectory;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A duo ends and the case goes back to matching (activeOutcome REMATCH): the volunteer who just
 * ended the duo is not proposed again, neither on the coordinator's shortlist (nor after the next
 * volunteer declines) nor through a cohort approval. Every step over REST as the person who does it, sending only form fields.
 */
@IntegrationTest
class RematchIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVolunteerOfTheEndedDuoIsNeverProposedAgainForTheCase() {
        Trajectory trajectory = new Trajectory(port, runtimeService, managementService, jdbc);
        trajectory.victorHasRoom();
        String caseId = trajectory.refer();
        trajectory.toActive(caseId);
        String victor = trajectory.victorId();

        Reply request = Http.as("victor", port).postJson("/engine-rest/process-definition/key/duo-end-request/submit-form",
                "{\"variables\": {\"caseId\": {\"value\": \"" + caseId + "\"},"
                        + " \"endRequestReason\": {\"value\": \"NO_CONNECTION\"}}}");
        assertThat(request.status()).as(request.toString()).isEqualTo(200);
        await("the coordinator's assessment").atMost(Duration.ofSeconds(30))
                .until(() -> hasTask("cora", caseId, "UserTask_AssessDuoEnd"));
        Tasks.complete(port, "cora", caseId, "UserTask_AssessDuoEnd", Map.of("endDecision", "REMATCH"));

        await("matching again").atMost(Duration.ofSeconds(30))
                .until(() -> hasTask("cora", caseId, "UserTask_ApproveMatch"));
        String approval = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        JsonNode variables = Tasks.variables(port, "cora", approval);
        List<String> ids = Arrays.asList(variables.get("candidateIds").get("value").asText().split(","));
        assertThat(ids).as("the shortlist of the rematch").isNotEmpty().doesNotContain(victor);
        assertThat(variables.has("askedVolunteers")).as("the memory is our table, not a variable").isFalse();
        assertThat(jdbc.sql("SELECT ended_on IS NOT NULL FROM buddyflow.duo WHERE case_id = ? AND volunteer_id = ?")
                .params(caseId, victor).query(Boolean.class).single()).as("the duo with victor ended").isTrue();

        // The first volunteer of the rematch declines: the search after it leaves out both.
        String next = ids.get(0);
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch", Map.of("chosenCandidate", "1"));
        Tasks.complete(port, "cora", caseId, "UserTask_AcceptMatch", Map.of("volunteerAnswer", "DECLINED"));
        String again = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        List<String> after = Arrays.asList(Tasks.variables(port, "cora", again).get("candidateIds").get("value")
                .asText().split(","));
        assertThat(after).doesNotContain(victor, next);

        // On the waiting list, a cohort approval of either is refused before anything reaches the case.
        Tasks.complete(port, "cora", caseId, "UserTask_ApproveMatch", Map.of("chosenCandidate", "NONE"));
        for (String metBefore : List.of(victor, next)) {
            Reply cohort = Http.as("cora", port).postJson("/api/matching/cohort/approvals",
                    "{\"approvals\": [{\"caseId\": \"" + caseId + "\", \"volunteerId\": \"" + metBefore + "\"}]}");
            assertThat(cohort.status()).as(cohort.toString()).isEqualTo(200);
            assertThat(cohort.json().get(0).get("result").asText()).as(metBefore).isEqualTo("NOT_FEASIBLE");
        }
        assertThat(Tasks.of(port, "cora", caseId)).as("the case still waits, nobody was asked").isEmpty();
    }

    private boolean hasTask(String user, String caseId, String taskDefinitionKey) {
        for (JsonNode task : Tasks.of(port, user, caseId)) {
            if (taskDefinitionKey.equals(task.get("taskDefinitionKey").asText())) {
                return true;
            }
        }
        return false;
    }
}
