package be.buddyflow.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import be.buddyflow.support.Http;
import be.buddyflow.support.Http.Reply;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasks;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events a partner reports about its case: applied once, kept, or refused with the reason. */
@IntegrationTest
class CaseEventsIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcClient jdbc;

    @Test
    void leavingTheProgrammeEndsTheTrajectoryInAnyPhaseOnce() {
        String caseId = refer();
        Tasks.toMatching(port, caseId);

        Reply left = event(caseId, "left-programme", "{\"eventId\": \"ev-1\", \"reason\": \"MOVED_AWAY\"}");
        assertThat(left.status()).as(left.toString()).isEqualTo(202);
        assertThat(left.json().get("result").asText()).isEqualTo("APPLIED");

        // The closure phase closes the case in its first (asynchronous) step; without a duo it then ends.
        await("case closed").atMost(Duration.ofSeconds(30)).until(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(caseId).count() == 0);
        Reply status = Http.as("intake-system", port).get("/api/cases/" + caseId);
        assertThat(status.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(status.json().get("closureReason").asText()).isEqualTo("MOVED_AWAY");

        Reply replay = event(caseId, "left-programme", "{\"eventId\": \"ev-1\", \"reason\": \"MOVED_AWAY\"}");
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("result").asText()).isEqualTo("APPLIED");

        Reply again = event(caseId, "left-programme", "{\"eventId\": \"ev-2\", \"reason\": \"ENDED_EARLY\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("closed");
    }

    @Test
    void recognitionIsKeptInTheCaseFileWhateverThePhase() {
        String caseId = refer();

        Reply recognised = event(caseId, "recognition-granted",
                "{\"eventId\": \"rec-1\", \"recognitionDate\": \"2026-11-25\"}");

        assertThat(recognised.status()).as(recognised.toString()).isEqualTo(202);
        // The newcomer lives in collective reception: the recognition also began the housing transition.
        assertThat(recognised.json().get("result").asText()).isEqualTo("APPLIED");
        assertThat(jdbc.sql("SELECT recognition_date::text FROM buddyflow.buddy_case WHERE id = ?").param(caseId)
                .query(String.class).single()).isEqualTo("2026-11-25");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("housing-transition")
                .processInstanceBusinessKey(caseId).count()).isEqualTo(1);
        Reply missing = event(caseId, "recognition-granted", "{\"eventId\": \"rec-2\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asText()).isEqualTo("recognitionDate");
    }

    @Test
    void housingEventsWithoutAHousingTransitionAreRefusedAndNotStored() {
        String caseId = refer();

        Reply housing = event(caseId, "housing-found", "{\"eventId\": \"h-1\", \"leaseSignedOn\": \"2026-11-20\"}");

        assertThat(housing.status()).isEqualTo(409);
        assertThat(housing.contentType()).startsWith("application/problem+json");
        assertThat(housing.json().get("detail").asText()).contains("no housing transition waiting for housing-found");
        assertThat(event(caseId, "moved", "{\"eventId\": \"h-2\"}").status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_event WHERE case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void unknownCasesTypesAndBadBodiesAreClearlyRefused() {
        String caseId = refer();
        assertThat(event("BF-1999-000001", "left-programme", "{\"eventId\": \"x\", \"reason\": \"MOVED_AWAY\"}")
                .status()).isEqualTo(404);
        assertThat(event(caseId, "married", "{\"eventId\": \"x\"}").status()).isEqualTo(404);
        Reply noId = event(caseId, "left-programme", "{\"reason\": \"MOVED_AWAY\"}");
        assertThat(noId.status()).isEqualTo(400);
        assertThat(noId.json().get("errors").get(0).get("field").asText()).isEqualTo("eventId");
        assertThat(event(caseId, "left-programme", "{\"eventId\": \"y\", \"reason\": \"BORED\"}").status())
                .isEqualTo(400);
        assertThat(Http.as("sofie", port).postJson("/api/cases/" + caseId + "/events/moved", "{\"eventId\": \"z\"}")
                .status()).isEqualTo(403);
    }

    private String refer() {
        return Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Event" + System.nanoTime())).json().get("caseId").asText();
    }

    private Reply event(String caseId, String type, String body) {
        return Http.as("intake-system", port).postJson("/api/cases/" + caseId + "/events/" + type, body);
    }
}
