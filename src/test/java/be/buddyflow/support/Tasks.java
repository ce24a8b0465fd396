package be.buddyflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Task work over the engine REST API, as the user would do it in Tasklist: claim, then complete. */
public final class Tasks {

    private Tasks() {
    }

    /** The tasks {@code user} may see for processes with this business key. */
    public static JsonNode of(int port, String user, String businessKey) {
        Http.Reply reply = Http.as(user, port).get("/engine-rest/task?processInstanceBusinessKey=" + businessKey);
        assertThat(reply.status()).as(user + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    /**
     * The one task of this definition that {@code user} sees for the business key (phases run side by
     * side, so other tasks of the case may be open too). Waits for it a little: a task after an
     * asynchronous step appears once the job executor has run it.
     */
    public static String single(int port, String user, String businessKey, String taskDefinitionKey) {
        org.awaitility.Awaitility.await(user + " sees " + taskDefinitionKey + " for " + businessKey)
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> ofDefinition(port, user, businessKey, taskDefinitionKey).size() > 0);
        List<JsonNode> tasks = ofDefinition(port, user, businessKey, taskDefinitionKey);
        assertThat(tasks).as(user + " sees " + taskDefinitionKey + " for " + businessKey).hasSize(1);
        return tasks.get(0).get("id").asText();
    }

    private static List<JsonNode> ofDefinition(int port, String user, String businessKey, String taskDefinitionKey) {
        List<JsonNode> tasks = new ArrayList<>();
        of(port, user, businessKey).forEach(task -> {
            if (task.get("taskDefinitionKey").asText().equals(taskDefinitionKey)) {
                tasks.add(task);
            }
        });
        return tasks;
    }

    public static JsonNode variables(int port, String user, String taskId) {
        Http.Reply reply = Http.as(user, port).get("/engine-rest/task/" + taskId + "/variables");
        assertThat(reply.status()).as(user + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    /**
     * Takes a fresh Gent case through intake and screening as sofie would, up to the coordinator's
     * proposal: the newcomer wants a buddy for language and social contacts, in the evenings.
     */
    public static void toMatching(int port, String caseId) {
        complete(port, "sofie", caseId, "UserTask_ReviewIntake", Map.of("intakeDecision", "ACCEPTED"));
        complete(port, "sofie", caseId, "UserTask_ScheduleScreening",
                Map.of("screeningDate", "2026-12-03", "screeningMode", "OFFICE", "interpreterNeeded", false));
        complete(port, "sofie", caseId, "UserTask_AssessNeeds", Map.of("needLanguage", true,
                "needSocialNetwork", true, "availableEvenings", true, "interests", "football",
                "newcomerGender", "WOMAN", "genderPreference", "NONE", "buddyWanted", true,
                "needsProfessionalSupport", false));
    }

    public static void complete(int port, String user, String businessKey, String taskDefinitionKey,
            Map<String, Object> variables) {
        String taskId = single(port, user, businessKey, taskDefinitionKey);
        Http.Reply claimed = Http.as(user, port).postJson("/engine-rest/task/" + taskId + "/claim",
                "{\"userId\": \"" + user + "\"}");
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
        Http.Reply completed = Http.as(user, port).postJson("/engine-rest/task/" + taskId + "/complete",
                variablesBody(variables));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }

    /** The body engine REST expects for completing a task or submitting a start form. */
    public static String variablesBody(Map<String, Object> variables) {
        StringBuilder body = new StringBuilder("{\"variables\": {");
        variables.forEach((name, value) -> body.append('"').append(name).append("\": {\"value\": ")
                .append(value instanceof String ? "\"" + value + "\"" : value).append("},"));
        if (!variables.isEmpty()) {
            body.setLength(body.length() - 1);
        }
        return body.append("}}").toString();
    }
}
