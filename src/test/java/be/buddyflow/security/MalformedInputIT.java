package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A probe (issue 11, finding 6 and 10): a catalogue of malformed inputs sent as every role to our API,
 * engine REST and the webapps' engine API. Never a 5xx; every 4xx a JSON problem with a message for a
 * person, and no exception class, stack frame or internal id in it. Only right passwords are sent (one
 * wrong one throttles the user).
 */
@IntegrationTest
class MalformedInputIT {

    static final List<String> ROLES = java.util.Arrays.asList(null, "intake-system", "sofie", "mona", "cora", "admin");

    static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
    static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    /** Bodies that break something: NUL in values and names, nesting, huge numbers, sorting of the wrong shape. */
    static final List<String> BODIES = List.of(
            "{\"name\": \"a\\u0000b\"}",
            "{\"na\\u0000me\": \"ab\"}",
            "{\"variables\": {\"caseId\": {\"value\": \"BF\\u0000\"}}}",
            "{\"messageName\": \"x\\u0000\", \"businessKey\": \"\\u0000\"}",
            "{\"approvals\": [{\"caseId\": \"BF\\u0000\", \"volunteerId\": \"V\\u0000\"}]}",
            "{\"source\": \"a\\u0000b\", \"externalReference\": \"\\u0000\"}",
            DEEP_ARRAYS,
            DEEP_OBJECTS,
            "{\"orQueries\": " + DEEP_ARRAYS + "}",
            "{\"variables\": {\"a\": {\"value\": " + DEEP_OBJECTS + "}}}",
            "{\"priority\": 99999999999999999999999}",
            "{\"priority\": 9999999999}",
            "{\"maxPriority\": 1e999999}",
            "{\"household\": {\"adults\": 99999999999999999999999, \"children\": 1e999999}}",
            "{\"limit\": " + "9".repeat(2000) + "}",
            "{\"sorting\": [{\"sortBy\": \"unknownProperty\", \"sortOrder\": \"asc\"}]}",
            "{\"sorting\": [{\"sortBy\": \"name\"}]}",
            "{\"sorting\": [{\"sortOrder\": \"asc\"}]}",
            "{\"sorting\": [{\"sortBy\": \"name\", \"sortOrder\": \"sideways\"}]}",
            "{\"sorting\": {\"sortBy\": \"name\", \"sortOrder\": \"asc\"}}",
            "{\"sorting\": \"name\"}",
            "{\"sorting\": [1, 2]}",
            "{\"sorting\": [null]}",
            "{\"sorting\": [{\"sortBy\": \"processVariable\", \"sortOrder\": \"asc\"}]}",
            "{\"sorting\": [{\"sortBy\": \"processVariable\", \"sortOrder\": \"asc\", \"parameters\": {\"variable\": \"x\", \"type\": \"Nope\"}}]}",
            "{\"approvals\": [{\"caseId\": \"BF-1999-999999\", \"volunteerId\": \"nobody\"}]}",
            "{\"source\": 42, \"externalReference\": true}",
            "[1, 2",
            "");

    static final List<String> POST_PATHS = List.of(
            "/api/referrals",
            "/api/volunteers/applications",
            "/api/matching/cohort/approvals",
            "/api/cases/BF-1999-999999/events/recognition-granted",
            "/api/cases/BF-1999-999999/erasure-requests",
            "/engine-rest/task",
            "/engine-rest/process-instance",
            "/engine-rest/history/process-instance",
            "/engine-rest/history/task",
            "/engine-rest/variable-instance",
            "/engine-rest/filter/nope/list",
            "/engine-rest/process-definition/key/nope/start",
            "/engine-rest/task/nope/complete",
            "/engine-rest/message",
            // Bulk operations check their arguments with the engine's general exception.
            "/engine-rest/job/retries",
            "/engine-rest/process-instance/job-retries",
            "/engine-rest/process-instance/delete",
            "/camunda/api/engine/engine/default/task");

    static final List<String> GET_PATHS = List.of(
            "/api/cases/BF%00",
            "/api/cases/BF-1999-999999?x%00=1",
            "/api/cases/BF-1999-999999/candidates?limit=%00",
            "/api/cases/BF-1999-999999/candidates?limit=99999999999999999999999",
            "/api/audit/case-access?caseId=%00&size=99999999999999999999999",
            "/api/duo-requests/%00",
            "/engine-rest/task/%00",
            "/engine-rest/task/abc%00def/variables",
            "/engine-rest/task?name=%00",
            "/engine-rest/task?na%00me=x",
            "/engine-rest/task?processInstanceBusinessKey=BF%00",
            "/engine-rest/task?priority=99999999999999999999999",
            "/engine-rest/task?maxResults=99999999999999999999999",
            "/engine-rest/task?sortBy=unknownProperty&sortOrder=asc",
            "/engine-rest/task?sortBy=name",
            "/engine-rest/task?sortOrder=desc",
            "/engine-rest/task?sortBy=name&sortOrder=sideways",
            "/engine-rest/process-instance?businessKey=%00",
            "/engine-rest/process-instance/nope/variables",
            "/engine-rest/history/process-instance?processInstanceBusinessKey=%00&sortBy=nope&sortOrder=asc",
            "/engine-rest/history/task?taskName=%00",
            "/engine-rest/variable-instance?variableValues=caseId_eq_%00",
            "/engine-rest/variable-instance?variableValues=caseId_zz_x",
            "/engine-rest/filter/%00/list",
            "/engine-rest/filter/nope/list",
            "/engine-rest/task/nope",
            "/camunda/api/engine/engine/default/task?name=%00",
            "/camunda/api/engine/engine/default/task/%00");

    /** What must never reach a caller: exception types, stack frames, Jackson's locations. */
    static final Pattern INTERNALS = Pattern.compile(
            "\\w+Exception\\b|\\bat [a-z]+\\.[a-z]+|\\bjava\\.|\\borg\\.camunda|\\borg\\.springframework|at \\[Source");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Test
    void malformedInputIsAlwaysAFourHundredProblemAndNeverAServerError() {
        SoftAssertions softly = new SoftAssertions();
        List<String> tried = new ArrayList<>();
        for (String user : ROLES) {
            for (String path : POST_PATHS) {
                for (String body : BODIES) {
                    check(softly, user, "POST", path, body);
                    tried.add(path);
                }
            }
            for (String path : GET_PATHS) {
                check(softly, user, "GET", path, null);
            }
        }
        softly.assertAll();
        assertThat(tried).isNotEmpty();
    }

    @Test
    void nulBytesAreRefusedAtTheDoorNamingTheParameterOrField() throws Exception {
        JsonNode query = send("sofie", "GET", "/engine-rest/task?processInstanceBusinessKey=BF%00", null).json();
        assertThat(query.get("status").asInt()).isEqualTo(400);
        assertThat(query.get("errors").get(0).get("field").asText()).isEqualTo("processInstanceBusinessKey");

        JsonNode body = send("sofie", "POST", "/engine-rest/task", "{\"assignee\": \"so\\u0000fie\"}").json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("assignee");

        Answer referral = send("intake-system", "POST", "/api/referrals",
                "{\"newcomer\": {\"givenName\": \"Ra\\u0000hel\"}}");
        assertThat(referral.status()).isEqualTo(400);
        assertThat(referral.json().get("errors").get(0).get("field").asText()).isEqualTo("newcomer.givenName");

        Answer path = send("sofie", "GET", "/engine-rest/task/abc%00def", null);
        assertThat(path.status()).isEqualTo(400);
        assertThat(path.contentType()).startsWith("application/problem+json");

        Answer credentials = send(null, "GET", "/engine-rest/task", null,
                "Basic " + Base64.getEncoder().encodeToString("so\0fie:x".getBytes(StandardCharsets.UTF_8)));
        assertThat(credentials.status()).isEqualTo(400);
        assertThat(credentials.json().get("errors").get(0).get("field").asText()).isEqualTo("Authorization");
    }

    @Test
    void deepNestingHugeNumbersAndBadSortingAreNamedFourHundreds() throws Exception {
        assertThat(send("sofie", "POST", "/engine-rest/task", DEEP_OBJECTS).status()).isEqualTo(400);
        Answer huge = send("sofie", "POST", "/engine-rest/task", "{\"maxPriority\": 1e999999}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asText()).isEqualTo("maxPriority");
        Answer intOverflow = send("sofie", "POST", "/engine-rest/task", "{\"priority\": 9999999999}");
        assertThat(intOverflow.status()).isEqualTo(400);
        Answer sorting = send("sofie", "POST", "/engine-rest/task",
                "{\"sorting\": [{\"sortBy\": \"processVariable\", \"sortOrder\": \"asc\"}]}");
        assertThat(sorting.status()).isEqualTo(400);
        assertThat(sorting.json().get("errors").get(0).get("field").asText()).isEqualTo("sorting[0].parameters.variable");
        Answer nullSorting = send("sofie", "POST", "/engine-rest/task", "{\"sorting\": [null]}");
        assertThat(nullSorting.status()).isEqualTo(400);
        assertThat(nullSorting.json().get("errors").get(0).get("field").asText()).isEqualTo("sorting[0]");
        Answer unknownSort = send("sofie", "GET", "/engine-rest/task?sortBy=unknownProperty&sortOrder=asc", null);
        assertThat(unknownSort.status()).isEqualTo(400);
        assertThat(unknownSort.json().get("message").asText()).contains("sortBy");
    }

    @Test
    void textFieldsOfOurApiRefuseNumbersAndBooleans() throws Exception {
        Answer number = send("intake-system", "POST", "/api/referrals", "{\"source\": 42}");

        assertThat(number.status()).isEqualTo(400);
        assertThat(number.json().get("errors").get(0).get("field").asText()).isEqualTo("source");
        Answer bool = send("intake-system", "POST", "/api/referrals", "{\"source\": \"s\", \"externalReference\": true}");
        assertThat(bool.status()).isEqualTo(400);
        assertThat(bool.json().get("errors").get(0).get("field").asText()).isEqualTo("externalReference");
    }

    @Test
    void unknownIdsInCohortApprovalsAreA422NamingTheField() throws Exception {
        Answer unknown = send("cora", "POST", "/api/matching/cohort/approvals",
                "{\"approvals\": [{\"caseId\": \"BF-1999-999999\", \"volunteerId\": \"nobody\"}]}");

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("approvals[0].caseId", "approvals[0].volunteerId");
    }

    @Test
    void engineErrorsNameNoInternalIdsNoExceptionTypesAndKeepAMessageForTheWebapps() throws Exception {
        // A manager may not read a case's variables: the engine names her, the instance and the exception.
        String instance = send("admin", "GET", "/engine-rest/process-instance?maxResults=1", null).json()
                .get(0).get("id").asText();
        Answer denied = send("mona", "GET", "/engine-rest/process-instance/" + instance + "/variables", null);

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(denied.body()).doesNotContain(instance).doesNotContain("mona").doesNotContain("Exception");
        assertThat(denied.json().get("detail").asText()).isNotBlank();
        assertThat(denied.json().get("message").asText()).isEqualTo(denied.json().get("detail").asText());

        Answer missing = send("sofie", "POST", "/engine-rest/task/3f2a0000-0000-0000-0000-000000000000/complete", "{}");
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("3f2a0000");

        Answer anonymous = send(null, "GET", "/engine-rest/task", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void apiAnswersAreNotStored() throws Exception {
        for (String[] call : new String[][] {{"sofie", "/engine-rest/task"}, {"sofie", "/engine-rest/task/nope"},
                {"intake-system", "/api/cases/BF-1999-999999"}, {"cora", "/api/matching/cohort"},
                {"sofie", "/camunda/api/engine/engine/default/task"}, {null, "/engine-rest/task"}}) {
            Answer answer = send(call[0], "GET", call[1], null);
            assertThat(answer.cacheControl()).as(call[1]).contains("no-store");
        }
    }

    private void check(SoftAssertions softly, String user, String method, String path, String body) {
        Answer answer;
        try {
            answer = send(user, method, path, body);
        } catch (Exception e) {
            softly.fail(user + " " + method + " " + path + ": " + e);
            return;
        }
        String label = (user == null ? "anonymous" : user) + " " + method + " " + path
                + (body == null ? "" : " " + body.substring(0, Math.min(body.length(), 80)));
        softly.assertThat(answer.status()).as(label + " -> " + answer.body()).isLessThan(500);
        if (answer.status() >= 400) {
            softly.assertThat(answer.contentType()).as(label + " content type").contains("json");
            JsonNode json;
            try {
                json = JSON.readTree(answer.body());
            } catch (IOException e) {
                softly.fail(label + " not JSON: " + answer.body());
                return;
            }
            String text = json.path("detail").asText(json.path("message").asText(""));
            softly.assertThat(text).as(label + " message").isNotBlank();
            softly.assertThat(INTERNALS.matcher(answer.body()).find()).as(label + " internals: " + answer.body())
                    .isFalse();
        }
    }

    private Answer send(String user, String method, String path, String body) throws IOException, InterruptedException {
        String authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return send(user, method, path, body, authorization);
    }

    private Answer send(String user, String method, String path, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                String.join(",", response.headers().allValues("Cache-Control")));
    }

    record Answer(int status, String body, String contentType, String cacheControl) {

        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
