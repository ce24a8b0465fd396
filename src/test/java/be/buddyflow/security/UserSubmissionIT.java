package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.ModelVariables;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import be.buddyflow.support.Trajectory;
import be.buddyflow.support.WebappSession;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, finding 2: a person's submission writes only what the form of that task or start event
 * declares. Every variable the models use that the form does not let the person change is tried, one
 * by one, on a social worker's, a coordinator's and a volunteer's task and on a start form, through
 * complete and submit-form; the other ways to write (resolve, variable PUT and PATCH, errors,
 * messages, instance variables, the webapps' own API) are tried with the variables that route a case.
 * Afterwards the case is routed exactly as before.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class UserSubmissionIT {

    private static final String BODY_CASE_TEAM = "{\"variables\": {\"caseTeam\": {\"value\": \"volunteers\"}}}";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noTaskTakesAVariableItsFormDoesNotLetThePersonChange() {
        Trajectory trajectory = new Trajectory(port, runtimeService, managementService, jdbc);
        trajectory.victorHasRoom();
        String caseId = refer("Invoerproef");

        String review = Tasks.single(port, "sofie", caseId, "UserTask_ReviewIntake");
        assertEveryUndeclaredVariableIsRefused("sofie", review, "review-intake");
        Tasks.toMatching(port, caseId);

        String approval = Tasks.single(port, "cora", caseId, "UserTask_ApproveMatch");
        assertEveryUndeclaredVariableIsRefused("cora", approval, "approve-match");
        trajectory.approveVictor(caseId);

        String acceptance = Tasks.single(port, "victor", caseId, "UserTask_AcceptMatch");
        assertEveryUndeclaredVariableIsRefused("victor", acceptance, "accept-match");

        // The probe's own example: accepting with an extra caseTeam moved the next task to the volunteers.
        Reply withCaseTeam = Http.as("victor", port).postJson("/engine-rest/task/" + acceptance + "/complete",
                "{\"variables\": {\"volunteerAnswer\": {\"value\": \"ACCEPTED\"}, \"caseTeam\": {\"value\": \"volunteers\"},"
                        + " \"buddyVolunteerUser\": {\"value\": \"vera\"}}}");
        assertThat(withCaseTeam.status()).as(withCaseTeam.toString()).isEqualTo(400);
        Tasks.complete(port, "victor", caseId, "UserTask_AcceptMatch", Map.of("volunteerAnswer", "ACCEPTED"));

        String agreement = Tasks.single(port, "sofie", caseId, "UserTask_ConfirmNewcomerAgreement");
        assertThat(candidateGroups(agreement)).containsExactly("ocmw-gent");
        assertThat(Tasks.of(port, "vera", caseId)).isEmpty();
        assertThat(variable(caseId, "caseTeam")).containsOnly("ocmw-gent");
    }

    @Test
    void aManagersDecisionAndAVolunteersStartFormTakeOnlyTheirFields() {
        String caseId = refer("Wisproef");
        Reply requested = Http.as("sofie", port).postJson("/api/cases/" + caseId + "/erasure-requests",
                "{\"reason\": \"NEWCOMER_REQUEST\"}");
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        String approval = Tasks.single(port, "mona", caseId, "UserTask_ApproveErasure");
        assertEveryUndeclaredVariableIsRefused("mona", approval, "approve-erasure");

        Http victor = Http.as("victor", port);
        List<String> accepted = new ArrayList<>();
        for (String variable : undeclared(ModelVariables.editableKeys("raise-concern"))) {
            Reply reply = victor.postJson("/engine-rest/process-definition/key/duo-concern/submit-form",
                    "{\"variables\": {\"concernText\": {\"value\": \"Zorg\"}, \"" + variable + "\": {\"value\": \"x\"}}}");
            if (reply.status() != 400) {
                accepted.add(variable + " -> " + reply);
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("duo-concern").count()).isZero();
    }

    @Test
    void otherWaysOfWritingVariablesAreClosedToPeople() {
        String caseId = refer("Schrijfproef");
        String review = Tasks.single(port, "sofie", caseId, "UserTask_ReviewIntake");
        Http sofie = Http.as("sofie", port);
        String task = "/engine-rest/task/" + review;

        assertThat(sofie.postJson(task + "/resolve", BODY_CASE_TEAM).status()).isEqualTo(400);
        assertThat(sofie.postJson(task + "/bpmnError", "{\"errorCode\": \"x\", \"variables\": "
                + "{\"caseTeam\": {\"value\": \"volunteers\"}}}").status()).isEqualTo(403);
        assertThat(sofie.postJson(task + "/bpmnEscalation", "{\"escalationCode\": \"x\"}").status()).isEqualTo(403);
        assertThat(sofie.putJson(task + "/variables/caseTeam", "{\"value\": \"volunteers\"}").status()).isEqualTo(403);
        assertThat(sofie.putJson(task + "/localVariables/caseTeam", "{\"value\": \"volunteers\"}").status())
                .isEqualTo(403);
        assertThat(sofie.postJson(task + "/variables", "{\"modifications\": {\"caseTeam\": {\"value\": \"x\"}}}").status())
                .isEqualTo(403);
        assertThat(sofie.delete(task + "/variables/caseTeam").status()).isEqualTo(403);
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("trajectory-intake").singleResult().getId();
        assertThat(sofie.putJson("/engine-rest/process-instance/" + instance + "/variables/caseTeam",
                "{\"value\": \"volunteers\"}").status()).isEqualTo(403);
        // Correlating is refused alike for a case that exists and one that does not: no oracle.
        Reply existing = sofie.postJson("/engine-rest/message", "{\"messageName\": \"LeftProgramme\", \"businessKey\": \""
                + caseId + "\"}");
        Reply unknown = sofie.postJson("/engine-rest/message", "{\"messageName\": \"LeftProgramme\", \"businessKey\": "
                + "\"BF-1999-999999\"}");
        assertThat(existing.status()).isEqualTo(403);
        assertThat(unknown.toString()).isEqualTo(existing.toString());

        // Tasklist's own door (session and XSRF token) is held to the same rule.
        WebappSession tasklist = WebappSession.login(port, "sofie", Http.DEMO_PASSWORD, "tasklist");
        Reply viaTasklist = tasklist.postJson("/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                "{\"variables\": {\"intakeDecision\": {\"value\": \"ACCEPTED\"}, \"caseTeam\": {\"value\": \"volunteers\"}}}");
        assertThat(viaTasklist.status()).as(viaTasklist.toString()).isEqualTo(400);

        assertThat(Tasks.of(port, "sofie", caseId)).hasSize(1);
        assertThat(variable(caseId, "caseTeam")).containsOnly("ocmw-gent");
    }

    @Test
    void startFormsTakeOnlyTheirFieldsAndNoKeyOfTheirOwn() {
        String caseId = refer("Startproef");
        Http sofie = Http.as("sofie", port);
        String start = "/engine-rest/process-definition/key/housing-transition/";
        Set<String> declared = ModelVariables.editableKeys("housing-start");
        List<String> accepted = new ArrayList<>();
        for (String variable : undeclared(declared)) {
            String body = "{\"variables\": {\"caseId\": {\"value\": \"" + caseId + "\"}, "
                    + "\"recognitionDate\": {\"value\": \"2026-11-20\"}, \"" + variable + "\": {\"value\": \"x\"}}}";
            for (String door : List.of("submit-form", "start")) {
                Reply reply = sofie.postJson(start + door, body);
                if (reply.status() != 400) {
                    accepted.add(door + " with " + variable + " -> " + reply);
                }
            }
        }
        assertThat(accepted).isEmpty();
        Reply ownKey = sofie.postJson(start + "submit-form", "{\"businessKey\": \"BF-1999-000001\", \"variables\": "
                + "{\"caseId\": {\"value\": \"" + caseId + "\"}, \"recognitionDate\": {\"value\": \"2026-11-20\"}}}");
        assertThat(ownKey.status()).isEqualTo(400);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("housing-transition")
                .variableValueEquals("caseId", caseId).count()).isZero();

        Reply concern = Http.as("victor", port).postJson("/engine-rest/process-definition/key/duo-concern/submit-form",
                "{\"variables\": {\"concernText\": {\"value\": \"Zorg\"}, \"caseTeam\": {\"value\": \"ocmw-leuven\"}}}");
        assertThat(concern.status()).as(concern.toString()).isEqualTo(400);
    }

    @Test
    void theFormsRulesHoldAndTheRefusalSpeaksThePersonsLanguage(CapturedOutput output) {
        String caseId = refer("Regelproef");
        String review = Tasks.single(port, "sofie", caseId, "UserTask_ReviewIntake");
        String complete = "/engine-rest/task/" + review + "/complete";

        Reply french = Http.as("sofie", port).inLanguage("fr-BE").postJson(complete,
                "{\"variables\": {\"intakeDecision\": {\"value\": \"PEUT-ETRE\"}}}");
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().get("message").asText()).contains("choisissez une des réponses proposées")
                .contains("Décision").doesNotContain("Beslissing");
        Reply dutch = Http.as("sofie", port).postJson(complete, "{\"variables\": {}}");
        assertThat(dutch.status()).isEqualTo(400);
        assertThat(dutch.json().get("message").asText()).contains("Vul \"Beslissing\" in");
        Reply wrongType = Http.as("sofie", port).inLanguage("en").postJson(complete,
                "{\"variables\": {\"intakeDecision\": {\"value\": 1, \"type\": \"Integer\"}}}");
        assertThat(wrongType.status()).isEqualTo(400);
        // A person's mistake is logged as one line, not as an engine ERROR with a stack trace.
        assertThat(output.getAll()).contains("Refused a submission by sofie")
                .doesNotContain("closing command context: Vul \"Beslissing\" in")
                .doesNotContain("closing command context: Pour « Décision »");

        // A read-only field comes back from Tasklist as shown; a changed copy is left out, not written.
        Reply accepted = Http.as("sofie", port).postJson(complete, "{\"variables\": {\"intakeDecision\": "
                + "{\"value\": \"ACCEPTED\"}, \"newcomerName\": {\"value\": \"Gewijzigd\"}}}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        assertThat(historyService.createHistoricDetailQuery().variableUpdates().list().stream()
                .filter(d -> "Gewijzigd".equals(String.valueOf(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                        .getValue())))
                .toList()).isEmpty();
    }

    private void assertEveryUndeclaredVariableIsRefused(String user, String taskId, String formId) {
        Http http = Http.as(user, port);
        List<String> accepted = new ArrayList<>();
        for (String variable : undeclared(ModelVariables.editableKeys(formId))) {
            String body = "{\"variables\": {\"" + variable + "\": {\"value\": \"x\"}}}";
            for (String door : List.of("complete", "submit-form")) {
                Reply reply = http.postJson("/engine-rest/task/" + taskId + "/" + door, body);
                if (reply.status() != 400) {
                    accepted.add(door + " with " + variable + " -> " + reply);
                }
            }
        }
        assertThat(accepted).as(user + " on " + formId).isEmpty();
        assertThat(Http.as(user, port).get("/engine-rest/task/" + taskId).status()).as("the task is still open")
                .isEqualTo(200);
    }

    private static Set<String> undeclared(Set<String> editable) {
        Set<String> names = new TreeSet<>(ModelVariables.all());
        names.removeAll(editable);
        assertThat(names).contains("caseTeam", "buddyVolunteerUser", "proposedVolunteerId");
        return names;
    }

    private List<String> candidateGroups(String taskId) {
        List<String> groups = new ArrayList<>();
        for (JsonNode link : Http.as("admin", port).get("/engine-rest/task/" + taskId + "/identity-links").json()) {
            if ("candidate".equals(link.path("type").asText()) && link.hasNonNull("groupId")) {
                groups.add(link.get("groupId").asText());
            }
        }
        return groups;
    }

    /** Every value the variable has in the case's running instances. */
    private List<Object> variable(String caseId, String name) {
        return runtimeService.createVariableInstanceQuery().variableName(name)
                .processInstanceIdIn(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                        .list().stream().map(p -> p.getId()).toArray(String[]::new))
                .list().stream().map(v -> v.getValue()).toList();
    }

    private String refer(String familyName) {
        Reply referred = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), familyName + System.nanoTime()));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        return referred.json().get("caseId").asText();
    }
}
