package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;

import be.buddyflow.casefile.CaseFileRepository;
import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.WebappLogin;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every door of the application, tried as each kind of user (docs/roles-and-permissions.md). */
@IntegrationTest
class SecurityIT {

    static final String[] DEMO_USERS = {"sofie", "samir", "cora", "victor", "vera", "mona", "intake-system", "admin"};

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    IdentityService identityService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    CaseFileRepository caseFiles;

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/user",
            "/api/cases/BF-2026-000001"})
    void anonymousCallsAreRefused(String path) {
        Reply reply = Http.anonymous(port).get(path);

        assertThat(reply.status()).as(path).isEqualTo(401);
    }

    @Test
    void anonymousReferralIsRefused() {
        assertThat(Http.anonymous(port).postJson("/api/referrals", "{}").status()).isEqualTo(401);
    }

    @Test
    void socialWorkerSeesTheTasksOfHerOwnOrganisationOnly() {
        String gentCase = demoCase("DEMO-GENT-1");
        String leuvenCase = demoCase("DEMO-LEUVEN-1");

        assertThat(taskBusinessKeys("sofie")).contains(gentCase).doesNotContain(leuvenCase);
        assertThat(taskBusinessKeys("samir")).contains(leuvenCase).doesNotContain(gentCase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"victor", "vera", "cora", "mona", "intake-system"})
    void nobodyOutsideTheCaseOrganisationSeesIntakeTasks(String user) {
        assertThat(taskBusinessKeys(user)).doesNotContain(demoCase("DEMO-GENT-1"), demoCase("DEMO-LEUVEN-1"));
    }

    @Test
    void managersSeeProcessesButNotTheDataInsideThem() {
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                demoCase("DEMO-GENT-1")).processDefinitionKey("buddy-trajectory").singleResult().getId();

        assertThat(Http.as("mona", port).get("/engine-rest/process-definition?key=buddy-trajectory").json())
                .isNotEmpty();
        assertThat(Http.as("mona", port).get("/engine-rest/process-instance/" + instanceId).status()).isEqualTo(200);
        Reply variables = Http.as("mona", port).get("/engine-rest/process-instance/" + instanceId + "/variables");
        assertThat(variables.status() == 403 || variables.json().isEmpty()).as(variables.toString()).isTrue();
    }

    @Test
    void partnerSystemReachesNothingInTheEngine() {
        assertThat(Http.as("intake-system", port).get("/engine-rest/process-definition").json()).isEmpty();
        assertThat(Http.as("intake-system", port).get("/engine-rest/task").json()).isEmpty();
    }

    @Test
    void ourApiRefusesUsersWithoutTheIntegrationRole() {
        assertThat(Http.as("sofie", port).postJson("/api/referrals", "{}").status()).isEqualTo(403);
        assertThat(Http.as("admin", port).get("/api/cases/BF-2026-000001").status()).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
            "sofie, tasklist, 200", "sofie, cockpit, 403", "sofie, admin, 403",
            "samir, tasklist, 200",
            "cora, tasklist, 200", "cora, cockpit, 403",
            "victor, tasklist, 200", "victor, cockpit, 403", "victor, admin, 403",
            "mona, cockpit, 200", "mona, tasklist, 200", "mona, admin, 403",
            "intake-system, tasklist, 403", "intake-system, cockpit, 403", "intake-system, admin, 403",
            "admin, admin, 200", "admin, cockpit, 200"})
    void eachRoleLogsIntoItsOwnWebappsOnly(String user, String app, int expected) {
        assertThat(WebappLogin.status(port, user, app)).isEqualTo(expected);
    }

    @Test
    void webappsKeepTheirCsrfProtection() {
        assertThat(WebappLogin.statusWithoutCsrfToken(port, "vera", "tasklist")).isEqualTo(403);
    }

    @Test
    void adminSetupEndpointCreatesNobody() {
        String profile = """
                {"profile": {"id": "intruder", "firstName": "I", "lastName": "N", "email": "i@example.org"},
                 "credentials": {"password": "Intruder-Passw0rd!"}}
                """;
        for (String path : List.of("/camunda/api/admin/setup/default/user/create",
                "/camunda/api/admin/setup/default/user/create/")) {
            Reply reply = Http.anonymous(port).postJson(path, profile);
            assertThat(reply.status()).as(path + " " + reply).isBetween(400, 499);
        }
        Reply authenticated = Http.as("sofie", port).postJson("/camunda/api/admin/setup/default/user/create", profile);
        assertThat(authenticated.status()).isBetween(400, 499);

        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
    }

    @Test
    void taskQueryWithAnExpressionInOrQueriesIsRefusedForEveryDemoUser() {
        String query = "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}";
        String nested = "{\"orQueries\": [{\"processVariables\": [{\"name\": \"x\", \"operator\": \"eq\", "
                + "\"value\": \"#{execution.getProcessEngineServices()}\"}]}]}";
        for (String user : DEMO_USERS) {
            for (String body : List.of(query, nested)) {
                Reply rest = Http.as(user, port).postJson("/engine-rest/task", body);
                assertThat(rest.status()).as(user + " " + rest).isEqualTo(400);
                assertThat(rest.json().get("errors").get(0).get("field").asText()).isEqualTo("orQueries");
                Reply count = Http.as(user, port).postJson("/engine-rest/task/count", body);
                assertThat(count.status()).as(user + " " + count).isEqualTo(400);
            }
        }
        // Anonymous: refused before the body is read (with a session: HardeningIT.tasklistsOwnApiRefusesItToo).
        Reply webappApi = Http.anonymous(port).postJson("/camunda/api/engine/engine/default/task", query);
        assertThat(webappApi.status()).isEqualTo(401);
        Reply filter = Http.as("admin", port).postJson("/engine-rest/filter/create",
                "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": " + query + "}");
        assertThat(filter.status()).isEqualTo(400);
    }

    @Test
    void taskQueryWithPlainOrQueriesStillWorks() {
        Reply reply = Http.as("sofie", port).postJson("/engine-rest/task",
                "{\"orQueries\": [{\"name\": \"Intake beoordelen\", \"assignee\": \"nobody\"}]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json()).isNotEmpty();
    }

    @Test
    void adHocQueryExpressionsAreOffEngineWide() {
        Reply reply = Http.as("sofie", port).get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");

        assertThat(reply.status()).isBetween(400, 499);
    }

    @Test
    void engineFollowsTheSecurityChecklist() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExceptionsAfterUnhandledBpmnError()).isTrue();
        assertThat(configuration.isConfigureScriptEngineHostAccess()).isFalse();
        assertThat(configuration.isEnableScriptEngineLoadExternalResources()).isFalse();
        assertThat(configuration.isEnforceSpecificVariablePermission()).isTrue();
    }

    @Test
    void historyIsCleanedUpEveryNight() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }

    @Test
    void healthIsPublicAndTheOtherActuatorEndpointsAreForManagersAndAdmins() {
        Reply health = Http.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");

        assertThat(Http.anonymous(port).get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(Http.as("sofie", port).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(Http.as("intake-system", port).get("/actuator/metrics").status()).isEqualTo(403);
        Reply metrics = Http.as("mona", port).get("/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.cookies()).as("no session for Basic calls").isEmpty();
        assertThat(Http.as("admin", port).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void noH2Console() {
        assertThat(Http.anonymous(port).get("/h2-console").status()).isEqualTo(404);
    }

    @Test
    void webappsAreBrandedAndShowNoCamunda8Banner() {
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            Reply styles = Http.anonymous(port).get("/camunda/app/" + app + "/styles/user-styles.css");
            assertThat(styles.body()).as(app).contains("@import url(\"/branding/webapps.css\")");
            Reply config = Http.anonymous(port).get("/camunda/app/" + app + "/scripts/config.js");
            assertThat(config.body()).as(app).contains("vendor: 'Buddyflow'");
        }
        Reply branding = Http.anonymous(port).get("/branding/webapps.css");
        assertThat(branding.status()).isEqualTo(200);
        assertThat(branding.body()).containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
    }

    private String demoCase(String externalReference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("buddy-trajectory").list().stream()
                .map(pi -> pi.getBusinessKey())
                .filter(key -> externalReferenceOf(key).equals(externalReference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No demo case " + externalReference));
    }

    private String externalReferenceOf(String caseId) {
        return caseFiles.findSummary(caseId).map(s -> s.externalReference()).orElse("");
    }

    private List<String> taskBusinessKeys(String user) {
        Reply reply = Http.as(user, port).get("/engine-rest/task");
        assertThat(reply.status()).as(user).isEqualTo(200);
        return StreamSupport.stream(reply.json().spliterator(), false)
                .map(task -> task.get("processInstanceId").asText())
                .map(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult())
                .filter(java.util.Objects::nonNull)
                .map(pi -> pi.getBusinessKey())
                .toList();
    }
}
