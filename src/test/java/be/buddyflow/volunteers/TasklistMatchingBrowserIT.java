package be.buddyflow.volunteers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.buddyflow.support.Browser;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasklist;
import be.buddyflow.support.Tasks;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matching phase in Tasklist: cora reads the newcomer's profile and each candidate as an entry
 * (name, score, distance, languages by name, why) and chooses Victor by his name; Victor, logged in
 * as himself, accepts his own task; the duo exists.
 */
@IntegrationTest
class TasklistMatchingBrowserIT {

    static final String LABEL_CANDIDATES = "Kandidaten en waarom · Candidats et pourquoi · Candidates and why";
    static final String LABEL_NEWCOMER = "De nieuwkomer · Le nouvel arrivant · The newcomer";
    static final String LABEL_PROFILE = "Over de nieuwkomer · Le primo-arrivant · About the newcomer";
    static final String OPTION_ACCEPT = "Ja, ik word buddy · Oui · Yes, I will be the buddy";

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    /** Other tests of the shared context may have given Victor duos: he has room again for this one. */
    @org.junit.jupiter.api.BeforeEach
    void victorHasRoom() {
        jdbc.sql("UPDATE buddyflow.volunteer SET current_load = 0 WHERE user_id = 'victor'").update();
    }

    @Test
    @Timeout(90)
    void coordinatorChoosesVictorByNameSeeingWhyAndVictorAccepts() throws Exception {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                Referrals.gent(Referrals.uniqueReference(), "Matchtest")).json().get("caseId").asText();
        Tasks.toMatching(port, caseId);
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey("UserTask_ApproveMatch").singleResult();
        List<String> candidates = Arrays.asList(((String) taskService.getVariable(approval.getId(), "candidateIds"))
                .split(","));
        String victor = jdbc.sql("SELECT id FROM buddyflow.volunteer WHERE user_id = 'victor'").query(String.class)
                .single();
        int number = candidates.indexOf(victor) + 1;
        assertThat(number).as("Victor among the candidates " + candidates).isPositive();
        String victorsOption = (String) taskService.getVariable(approval.getId(), "candidateLabel" + number);
        assertThat(victorsOption).startsWith("Victor · ").contains(" van 100 · ", " km · ", "Arabisch");

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("match-approval-cora", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("cora");
                assertThat(tasklist.openTask(approval.getId())).contains("Match voorstellen");
                String overview = browser.waitUntil("the candidates with their score parts", d -> {
                    String value = tasklist.field(LABEL_CANDIDATES).getAttribute("value");
                    return value != null && value.contains("Victor") ? value : null;
                });
                assertThat(overview).contains("Victor — ", " van 100 punten", "Afstand: ", " km",
                        "Gedeelde talen: Arabisch", "Waarom:", "Noden: ", "Beschikbaarheid: ")
                        .doesNotContain(victor, "VOL-", "NEEDS_FIT", "Talen · Langues · Languages: ar");
                String newcomer = tasklist.field(LABEL_NEWCOMER).getAttribute("value");
                assertThat(newcomer).contains("Talen: Arabisch, Nederlands", "Woonplaats: 9000")
                        .doesNotContain("Matchtest", " ar,", "WOMAN_ONLY", "SOCIAL_NETWORK");
                tasklist.claim();
                // The options are the candidates themselves: name, score, distance, languages by name.
                browser.waitUntil("Victor's option", d -> tasklist.radioByLabel(victorsOption));
                String form = tasklist.formText();
                assertThat(form).contains(victorsOption, "Geen geschikte kandidaat: wachtlijst")
                        .doesNotContain("Kandidaat 1", "Kandidaat " + number, victor, "VOL-");
                tasklist.choose(victorsOption);
                tasklist.complete();
                await("approval completed").atMost(Duration.ofSeconds(15))
                        .until(() -> taskService.createTaskQuery().taskId(approval.getId()).count() == 0);
            });
        }

        Task accept = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKey("UserTask_AcceptMatch").singleResult();
        assertThat(accept.getAssignee()).isEqualTo("victor");
        try (Browser browser = Browser.open()) {
            browser.recordingFailures("match-accept-victor", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("victor");
                assertThat(tasklist.openTask(accept.getId())).contains("Match aanvaarden");
                String profile = browser.waitUntil("the newcomer's buddy profile", d -> {
                    String value = tasklist.field(LABEL_PROFILE).getAttribute("value");
                    return value != null && !value.isBlank() ? value : null;
                });
                assertThat(profile).contains("Arabisch, Nederlands").doesNotContain("Matchtest", "ar, nl");
                tasklist.choose(OPTION_ACCEPT);
                tasklist.complete();
            });
        }

        await("victor's answer recorded").atMost(Duration.ofSeconds(15))
                .until(() -> taskService.createTaskQuery().taskId(accept.getId()).count() == 0);
        Tasks.complete(port, "sofie", caseId, "UserTask_ConfirmNewcomerAgreement", Map.of("newcomerAnswer", "AGREES"));
        await("duo formed").atMost(Duration.ofSeconds(15)).until(() -> jdbc
                .sql("SELECT count(*) FROM buddyflow.duo WHERE case_id = ? AND volunteer_id = ?")
                .params(caseId, victor).query(Long.class).single() == 1);
    }
}
