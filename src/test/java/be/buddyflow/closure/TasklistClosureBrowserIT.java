package be.buddyflow.closure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import be.buddyflow.support.Browser;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasklist;
import be.buddyflow.volunteers.MatchProposals;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sofie's final evaluation in Tasklist: the form shows the hours against the 40 of the 4th pillar
 * and links to this case's participation proof; her answers land in our table.
 */
@IntegrationTest
class TasklistClosureBrowserIT {

    static final String LABEL_HOURS = "Geregistreerde uren · Heures enregistrées · Hours logged";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    MatchProposals proposals;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    @Timeout(120)
    void sofieSeesTheHoursAndTheProofLinkAndEvaluates() throws Exception {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Afsluiting")).json().get("caseId").asText();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("buddy-trajectory").list()
                .forEach(trajectory -> runtimeService.deleteProcessInstance(trajectory.getId(), "closure test"));
        String volunteerId = jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = 'vera'")
                .query(String.class).single();
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE id = ?").param(volunteerId).update();
        proposals.formDuo(caseId, volunteerId, LocalDate.of(2026, 3, 1));
        jdbc.sql("""
                INSERT INTO buddyflow.meeting_log (case_id, volunteer_id, met_on, hours, logged_by)
                VALUES (?, ?, DATE '2026-03-05', 2.5, 'vera'), (?, ?, DATE '2026-03-19', 3, 'vera')
                """).params(caseId, volunteerId, caseId, volunteerId).update();
        Map<String, Object> in = new HashMap<>(Map.of("caseId", caseId, "caseTeam", "ocmw-gent",
                "closureReason", "ENDED_EARLY", "buddyVolunteerId", volunteerId, "buddyVolunteerUser", "vera"));
        runtimeService.startProcessInstanceByKey("trajectory-closure", caseId, in);
        Task evaluation = await("the social worker's evaluation").atMost(Duration.ofSeconds(30))
                .until(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                        .taskDefinitionKey("UserTask_SocialWorkerFinalEvaluation").singleResult(), t -> t != null);

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("closure-evaluation-sofie", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("sofie");
                assertThat(tasklist.openTask(evaluation.getId())).contains("Eindevaluatie traject invullen");
                String hours = browser.waitUntil("the hours logged", d -> {
                    String value = tasklist.field(LABEL_HOURS).getAttribute("value");
                    return value != null && !value.isBlank() ? value : null;
                });
                assertThat(hours).isEqualTo("5.5");
                String href = browser.waitUntil("the link to the participation proof", d -> browser.js("""
                        const a = Array.from(document.querySelectorAll('.fjs-container a'))
                          .find(l => l.textContent.includes('Deelnamebewijs'));
                        return a ? a.getAttribute('href') : null;
                        """));
                assertThat(href).isEqualTo("/api/workspace/cases/" + caseId + "/participation-proof.pdf");
                assertThat(tasklist.formText()).contains(caseId);
                tasklist.claim();
                tasklist.choose("4 · zeer goed · très bien · very good");
                tasklist.choose("Gedeeltelijk · Partiellement · Partly");
                tasklist.complete();
                await("evaluation completed").atMost(Duration.ofSeconds(15))
                        .until(() -> taskService.createTaskQuery().taskId(evaluation.getId()).count() == 0);
            });
        }

        assertThat(jdbc.sql("""
                SELECT rating || ' ' || goals_reached || ' ' || evaluated_by FROM buddyflow.final_evaluation
                WHERE case_id = ? AND evaluator_role = 'SOCIAL_WORKER'
                """).param(caseId).query(String.class).single()).isEqualTo("4 PARTLY sofie");
    }
}
