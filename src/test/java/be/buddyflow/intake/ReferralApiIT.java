package be.buddyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first slice end to end over HTTP: a partner system refers a newcomer, a social worker gets the task. */
@IntegrationTest
class ReferralApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Test
    void referralOpensACaseAndGivesTheGentSocialWorkerAnIntakeTask() {
        String familyName = "Gent-" + System.nanoTime();
        Reply created = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), familyName));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseId = created.json().get("caseId").asText();
        assertThat(caseId).matches("BF-\\d{4}-\\d{6}");
        assertThat(created.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(created.location()).isEqualTo("/api/cases/" + caseId);
        assertThat(created.cookies()).as("a stateless API sets no session cookie").isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("buddy-trajectory")
                .processInstanceBusinessKey(caseId).count()).isOne();

        assertThat(intakeTasksOf("sofie", caseId)).hasSize(1);
        assertThat(intakeTasksOf("samir", caseId)).isEmpty();
        assertThat(intakeTasksOf("victor", caseId)).isEmpty();
        assertThat(intakeTasksOf("mona", caseId)).isEmpty();

        Reply status = Http.as("intake-system", port).get(created.location());
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("phase").asText()).isEqualTo("INTAKE");
        // The referring system learns where the case stands, not what is in it.
        assertThat(status.body()).doesNotContain(familyName);
    }

    @Test
    void aSecondReferralOfTheSamePersonIsFlaggedForTheReviewerNotMerged() {
        String familyName = "Twice" + System.nanoTime();
        String first = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), familyName)).json().get("caseId").asText();
        String second = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), familyName)).json().get("caseId").asText();

        assertThat(second).isNotEqualTo(first);
        JsonNode review = intakeTasksOf("sofie", second).get(0);
        Reply variables = Http.as("sofie", port).get("/engine-rest/task/" + review.get("id").asText() + "/variables");
        assertThat(variables.json().get("possibleDuplicates").get("value").asText()).isEqualTo(first);
    }

    @Test
    void theSameReferralAgainAnswersTheSameCase() {
        String body = Referrals.gent(Referrals.uniqueReference(), "Repeat");
        Reply first = Http.as("intake-system", port).postJson("/api/referrals", body);
        Reply again = Http.as("intake-system", port).postJson("/api/referrals", body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("caseId")).isEqualTo(first.json().get("caseId"));
        assertThat(trajectoriesOf(first.json().get("caseId").asText())).isOne();
    }

    @Test
    void fiftyConcurrentDuplicatesOpenExactlyOneCase() throws Exception {
        String reference = Referrals.uniqueReference();
        String body = Referrals.gent(reference, "Concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Reply>> calls = IntStream.range(0, 50)
                    .<Callable<Reply>>mapToObj(i -> () -> Http.as("intake-system", port).postJson("/api/referrals", body))
                    .toList();
            List<Reply> replies = pool.invokeAll(calls).stream().map(ReferralApiIT::get).toList();

            assertThat(replies).extracting(Reply::status).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(replies).extracting(r -> r.json().get("caseId").asText()).containsOnly(
                    replies.get(0).json().get("caseId").asText());
            assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.buddy_case WHERE external_reference = ?")
                    .param(reference).query(Long.class).single()).isOne();
            assertThat(trajectoriesOf(replies.get(0).json().get("caseId").asText())).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameReferenceWithOtherContentIsAConflict() {
        String reference = Referrals.uniqueReference();
        assertThat(Http.as("intake-system", port).postJson("/api/referrals", Referrals.gent(reference, "First"))
                .status()).isEqualTo(201);

        Reply conflict = Http.as("intake-system", port).postJson("/api/referrals", Referrals.gent(reference, "Other"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.json().get("errors").get(0).get("field").asText()).isEqualTo("externalReference");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing family name      | "familyName": "Bad",                     | "familyName": "",                     | newcomer.familyName
            no language              | "languages": ["ar", "nl"]                | "languages": []                       | newcomer.languages
            language not ISO 639-1   | "languages": ["ar", "nl"]                | "languages": ["arabic"]               | newcomer.languages[0]
            postal code not Belgian  | "postalCode": "9000"                     | "postalCode": "90000"                 | newcomer.postalCode
            unknown residence status | "RECOGNISED_REFUGEE"                     | "REFUGEE"                             | residenceStatus
            impossible date          | "dateOfBirth": "1990-01-01"              | "dateOfBirth": "1990-02-30"           | newcomer.dateOfBirth
            birth in the future      | "dateOfBirth": "1990-01-01"              | "dateOfBirth": "2999-01-01"           | newcomer.dateOfBirth
            negative children        | "children": 2                            | "children": -1                        | household.children
            children as text         | "children": 2                            | "children": "two"                     | household.children
            no consent to services   | "services": true                         | "services": false                     | consent.services
            no reception type        | "type": "COLLECTIVE",                    | "kind": "COLLECTIVE",                 | receptionPlace.type
            bad e-mail               | "lina@example.org"                       | "lina-at-example"                     | newcomer.email
            """)
    void invalidReferralIsRefusedNamingTheFieldAndLeavesNothingBehind(String what, String valid, String invalid,
            String field) {
        String reference = Referrals.uniqueReference();
        String body = Referrals.gent(reference, "Bad").replace(valid, invalid);
        assertThat(body).as("test data for " + what).contains(invalid);

        Reply reply = Http.as("intake-system", port).postJson("/api/referrals", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode errors = reply.json().get("errors");
        assertThat(errors).as(reply.body()).isNotNull();
        assertThat(errors.findValuesAsText("field")).as(reply.body()).contains(field);
        assertNothingStoredFor(reference);
    }

    @Test
    void bodyThatIsNotJsonIsA400() {
        Reply reply = Http.as("intake-system", port).postJson("/api/referrals", "{\"source\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void wrongContentTypeIsA415() {
        Reply reply = Http.as("intake-system", port).post("/api/referrals", "text/plain",
                Referrals.gent(Referrals.uniqueReference(), "Plain"));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void oversizedBodyIsA413AndStoresNothing() {
        String reference = Referrals.uniqueReference();
        String body = Referrals.gent(reference, "Big").replace("Verwezen na erkenning", "x".repeat(70_000));

        Reply reply = Http.as("intake-system", port).postJson("/api/referrals", body);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertNothingStoredFor(reference);
    }

    @Test
    void postalCodeNoOrganisationServesIsA422() {
        String reference = Referrals.uniqueReference();
        Reply reply = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.referral("test-partner", reference, "Far", "8000"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("newcomer.postalCode");
        assertNothingStoredFor(reference);
    }

    @Test
    void aCaseIsVisibleOnlyToTheSystemThatReferredIt() {
        assertThat(Http.as("intake-system", port).get("/api/cases/BF-1999-000001").status()).isEqualTo(404);
        assertThat(Http.as("sofie", port).get("/api/cases/BF-1999-000001").status()).isEqualTo(403);
    }

    private List<JsonNode> intakeTasksOf(String user, String caseId) {
        Reply reply = Http.as(user, port).get("/engine-rest/task?processInstanceBusinessKey=" + caseId);
        assertThat(reply.status()).as(user + ": " + reply).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(reply.json().spliterator(), false)
                .filter(task -> "UserTask_ReviewIntake".equals(task.get("taskDefinitionKey").asText()))
                .toList();
    }

    private long trajectoriesOf(String caseId) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("buddy-trajectory")
                .processInstanceBusinessKey(caseId).count();
    }

    private void assertNothingStoredFor(String reference) {
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.buddy_case WHERE external_reference = ?")
                .param(reference).query(Long.class).single()).isZero();
    }

    private static Reply get(Future<Reply> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
