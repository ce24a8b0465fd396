package be.buddyflow.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Browser;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasklist;
import be.buddyflow.support.Tasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sofie does the screening conversation's form in the real Tasklist: she ticks the needs and
 * availability, types interests, picks the newcomer's gender and wish in form-js dropdowns, and
 * completes. The engine and the case file then show what she entered, the DMN outcome, and the
 * case waiting for a coordinator's match proposal.
 */
@IntegrationTest
class TasklistScreeningBrowserIT {

    static final String NEED_HOUSING = "Wonen · Logement · Housing";
    static final String NEED_LANGUAGE = "Taal · Langue · Language";
    static final String EVENINGS = "'s Avonds · Le soir · Evenings";
    static final String INTERESTS = "Interesses (kleine letters, komma's) · Centres d'intérêt · Interests (lower case, commas)";
    static final String GENDER = "Gender nieuwkomer · Genre · Gender of the newcomer";
    static final String WOMAN = "Vrouw · Femme · Woman";
    static final String PREFERENCE = "Wens voor de buddy · Souhait pour le buddy · Wish for the buddy";
    static final String WOMAN_ONLY = "Alleen een vrouw · Uniquement une femme · A woman only";
    static final String BUDDY_WANTED = "De nieuwkomer wil een buddy · Le primo-arrivant souhaite un buddy · The newcomer wants a buddy";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    @Timeout(90)
    void socialWorkerCompletesTheScreeningFormInTasklist() throws Exception {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Screeningtest")).json().get("caseId").asText();
        Tasks.complete(port, "sofie", caseId, "UserTask_ReviewIntake", Map.of("intakeDecision", "ACCEPTED"));
        Tasks.complete(port, "sofie", caseId, "UserTask_ScheduleScreening",
                Map.of("screeningDate", "2026-12-03", "screeningMode", "OFFICE", "interpreterNeeded", false));
        Task assess = await("screening task of case " + caseId).atMost(Duration.ofSeconds(10))
                .until(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                        .taskDefinitionKey("UserTask_AssessNeeds").singleResult(), task -> task != null);

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("screening-sofie", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("sofie");
                assertThat(tasklist.openTask(assess.getId())).contains("Behoeften in kaart brengen");
                tasklist.field(NEED_HOUSING);
                tasklist.claim();
                tasklist.tick(NEED_HOUSING);
                tasklist.tick(NEED_LANGUAGE);
                tasklist.tick(EVENINGS);
                tasklist.type(INTERESTS, "cooking, chess");
                tasklist.select(GENDER, WOMAN);
                tasklist.select(PREFERENCE, WOMAN_ONLY);
                tasklist.tick(BUDDY_WANTED);
                tasklist.complete();
                await("screening task completed").atMost(Duration.ofSeconds(15))
                        .until(() -> taskService.createTaskQuery().taskId(assess.getId()).count() == 0);
            });
        }

        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(assess.getId())
                .singleResult();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(done.getAssignee()).isEqualTo("sofie");

        Map<String, Object> screening = jdbc.sql("""
                SELECT array_to_string(need_domains, ',') AS needs, array_to_string(availability, ',') AS availability,
                       array_to_string(interests, ',') AS interests, newcomer_gender, gender_preference, buddy_wanted,
                       outcome, screened_by
                FROM buddyflow.screening WHERE case_id = ?""").param(caseId).query().singleRow();
        assertThat(List.of(((String) screening.get("needs")).split(","))).containsExactlyInAnyOrder("HOUSING", "LANGUAGE");
        assertThat(screening).containsEntry("availability", "EVENINGS")
                .containsEntry("interests", "chess,cooking")
                .containsEntry("newcomer_gender", "WOMAN")
                .containsEntry("gender_preference", "WOMAN_ONLY")
                .containsEntry("buddy_wanted", true)
                .containsEntry("outcome", "BUDDY_TRAJECTORY")
                .containsEntry("screened_by", "sofie");
        await("case " + caseId + " waits for a match proposal").atMost(Duration.ofSeconds(15))
                .until(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                        .taskDefinitionKey("UserTask_ApproveMatch").count() == 1);
    }
}
