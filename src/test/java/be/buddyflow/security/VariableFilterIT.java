package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.ModelVariables;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.WebappSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11, finding 1: nobody but an administrator learns a case variable from which instances a
 * filter on its value lets through. Every variable the models and forms use is tried, through the
 * query resources that list instances or historic tasks, with the spellings the outside probe used
 * (percent-encoded parameter names, JSON bodies with escaped keys, "or" branches) and through both
 * engine doors (engine REST with Basic, the webapps' API and Cockpit's plugin API with a session).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VariableFilterIT {

    private static final List<String> NOT_ADMINISTRATORS = List.of("mona", "dora", "sofie", "samir", "cora", "victor");

    @LocalServerPort
    int port;

    private String caseId;

    @BeforeAll
    void aGentCaseWithVariables() {
        Reply referred = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Filterproef"));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        caseId = referred.json().get("caseId").asText();
    }

    @Test
    void noVariableOfAnyModelCanBeProbedByAManager() {
        Set<String> variables = ModelVariables.all();
        assertThat(variables).as("variables found in bpmn/ and forms/").hasSizeGreaterThan(100)
                .contains("caseTeam", "newcomerName", "dateOfBirth", "newcomerGender", "needsProfessionalSupport");
        Http mona = Http.as("mona", port);
        WebappSession cockpit = WebappSession.login(port, "mona", Http.DEMO_PASSWORD, "cockpit");
        List<String> leaks = new ArrayList<>();
        for (String variable : variables) {
            String like = filter(variable);
            expectRefused(leaks, variable, "GET history/process-instance/count vari%61bles", mona.get(
                    "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + caseId
                            + "&vari%61bles=" + like));
            expectRefused(leaks, variable, "POST process-instance/count", mona.postJson(
                    "/engine-rest/process-instance/count", "{\"businessKey\": \"" + caseId + "\", \"variables\": "
                            + condition(variable) + "}"));
            expectRefused(leaks, variable, "GET history/task/count processVariables", mona.get(
                    "/engine-rest/history/task/count?processInstanceBusinessKey=" + caseId + "&processVariables=" + like));
            expectRefused(leaks, variable, "POST webapp history/process-instance/count orQueries", cockpit.postJson(
                    "/camunda/api/engine/engine/default/history/process-instance/count",
                    "{\"processInstanceBusinessKey\": \"" + caseId + "\", \"orQueries\": [{\"variables\": "
                            + condition(variable) + "}]}"));
            expectRefused(leaks, variable, "POST Cockpit plugin process-instance/count", cockpit.postJson(
                    "/camunda/api/cockpit/plugin/base/default/process-instance/count",
                    "{\"businessKey\": \"" + caseId + "\", \"variables\": " + condition(variable) + "}"));
        }
        assertThat(leaks).as("answers that could tell a value").isEmpty();
    }

    @Test
    void everySpellingAndResourceIsRefusedForEveryoneButAdministrators() {
        // Each probe is a query the engine runs: an administrator gets an answer to it.
        Http admin = Http.as("admin", port);
        for (String[] probe : probes()) {
            Reply reply = probe[1] == null ? admin.get(probe[0]) : admin.postJson(probe[0], probe[1]);
            assertThat(reply.status()).as("admin: " + probe[0] + " " + probe[1] + " -> " + reply).isEqualTo(200);
        }
        for (String user : NOT_ADMINISTRATORS) {
            Http http = Http.as(user, port);
            List<String> leaks = new ArrayList<>();
            for (String[] probe : probes()) {
                Reply reply = probe[1] == null ? http.get(probe[0]) : http.postJson(probe[0], probe[1]);
                expectRefused(leaks, "newcomerName", probe[0] + " " + probe[1], reply);
            }
            assertThat(leaks).as(user).isEmpty();
        }
    }

    /**
     * Operations on instances chosen by a query run that query inside the engine and would answer
     * "nothing found" and "not yours" differently: a filter that matches must look like one that does not.
     */
    @Test
    void bulkOperationsByQueryTellNothing() {
        Http mona = Http.as("mona", port);
        for (String value : List.of("ocmw-gent", "no-such-team")) {
            String query = "{\"processInstanceQuery\": {\"businessKey\": \"" + caseId + "\", \"variables\": "
                    + "[{\"name\": \"caseTeam\", \"operator\": \"eq\", \"value\": \"" + value + "\"}]}";
            Reply suspend = mona.putJson("/engine-rest/process-instance/suspended", query + ", \"suspended\": true}");
            Reply delete = mona.postJson("/engine-rest/process-instance/delete", query + ", \"deleteReason\": \"x\"}");
            Reply retries = mona.postJson("/engine-rest/process-instance/job-retries", query + ", \"retries\": 1}");
            assertThat(List.of(suspend.status(), delete.status(), retries.status())).as(value).containsOnly(403);
        }
    }

    @Test
    void administratorsKeepTheirSearchAndTasklistKeepsItsOwn() {
        Http admin = Http.as("admin", port);
        Reply found = admin.get("/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + caseId
                + "&variables=caseTeam_eq_ocmw-gent");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().get("count").asInt()).isGreaterThan(0);
        // A task's candidate reads its variables anyway: Tasklist's search by process variable stays.
        Reply tasks = Http.as("sofie", port).get("/engine-rest/task/count?processInstanceBusinessKey=" + caseId
                + "&processVariables=caseTeam_eq_ocmw-gent");
        assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
        assertThat(tasks.json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void theRefusalIsInTheReadersLanguage() {
        Reply french = Http.as("mona", port).get("/engine-rest/process-instance/count?variables=caseTeam_like_%25",
                "application/json", "fr-BE,fr;q=0.9");
        assertThat(french.status()).isEqualTo(403);
        assertThat(french.body()).contains("Votre compte ne permet pas").doesNotContain("Zoeken");
        Reply dutch = Http.as("mona", port).get("/engine-rest/process-instance/count?variables=caseTeam_like_%25");
        assertThat(dutch.body()).contains("Zoeken of filteren");
    }

    private List<String[]> probes() {
        String name = "newcomerName";
        String like = filter(name);
        String escapedKey = "{\"vari\\u0061bles\": " + condition(name) + "}";
        return List.of(
                new String[] {"/engine-rest/process-instance?variables=" + like, null},
                new String[] {"/engine-rest/process-instance/count?%76ariables=" + like, null},
                new String[] {"/engine-rest/process-instance/count", escapedKey},
                new String[] {"/engine-rest/process-instance", "{\"orQueries\": [{\"variables\": " + condition(name) + "}]}"},
                // Executions take only exact comparisons on process variables; one is enough to tell a value.
                new String[] {"/engine-rest/execution/count?processVariables=" + name + "_eq_Lina", null},
                new String[] {"/engine-rest/execution/count?variables=" + like, null},
                new String[] {"/engine-rest/history/process-instance?variables=" + like, null},
                new String[] {"/engine-rest/history/process-instance/count", escapedKey},
                new String[] {"/engine-rest/history/process-instance", "{\"orQueries\": [{\"variables\": "
                        + condition(name) + "}]}"},
                new String[] {"/engine-rest/history/task/count?taskVariables=" + name + "_eq_Lina", null},
                new String[] {"/engine-rest/history/task/count", "{\"processVariables\": " + condition(name) + "}"},
                new String[] {"/engine-rest/history/task", "{\"orQueries\": [{\"processVariables\": "
                        + condition(name) + "}]}"},
                new String[] {"/engine-rest/case-instance/count?variables=" + like, null},
                new String[] {"/engine-rest/history/case-instance/count?variables=" + like, null});
    }

    private static String filter(String variable) {
        return URLEncoder.encode(variable + "_like_%", StandardCharsets.UTF_8);
    }

    private static String condition(String variable) {
        return "[{\"name\": \"" + variable + "\", \"operator\": \"like\", \"value\": \"%\"}]";
    }

    /** Refused before the engine looks: 403, and nothing in the body that counts or lists. */
    private static void expectRefused(List<String> leaks, String variable, String probe, Reply reply) {
        if (reply.status() != 403 || reply.body().contains("\"count\"") || reply.body().startsWith("[")) {
            leaks.add(variable + " via " + probe + " -> " + reply);
        }
    }
}
