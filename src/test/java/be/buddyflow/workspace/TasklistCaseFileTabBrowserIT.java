package be.buddyflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import be.buddyflow.support.Browser;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasklist;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case file beside the task in the real Tasklist: Sofie opens a Gent intake and reads the case
 * number, the name and the phone number in the case file tab (the browser asks for English, so the
 * tab is "Case file"; "Dossier" in Dutch and French), by the session she logged in with; the read is
 * in the access audit under her name. Samir (Leuven) does not see the Gent task in his list, and
 * opening it by its address shows him nothing of the case.
 */
@IntegrationTest
class TasklistCaseFileTabBrowserIT {

    static final String PHONE = "+32 470 12 34 56";

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

    String refer(String familyName) {
        return Http.as("intake-system", port).postJson("/api/referrals", Referrals.gent(Referrals.uniqueReference(),
                familyName)).json().get("caseId").asText();
    }

    @Test
    @Timeout(90)
    void sofieReadsTheCaseFileBesideHerTask() throws Exception {
        String familyName = "Dossiertab" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = refer(familyName);
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("casefile-tab-sofie", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("sofie");
                // The task list shows the case number and the person on the task.
                String card = browser.waitUntil("the case number on the task in the list", d -> browser.js("""
                        const link = Array.from(document.querySelectorAll('.tasks-list .task a'))
                          .find(a => (a.getAttribute('href') || '').includes(arguments[0]));
                        const line = link && link.closest('li.task').querySelector('.bf-task-context');
                        return line && line.textContent.includes(arguments[1]) ? line.textContent : null;
                        """, taskId, caseId));
                assertThat(card).isEqualTo("Case file " + caseId + " · Lina " + familyName);
                tasklist.openTask(taskId);
                browser.click(caseFileTab(browser));
                String caseFile = browser.waitUntil("the case file of " + caseId, d -> {
                    String text = browser.js("const a = document.querySelector('.bf-casefile'); "
                            + "return a ? a.innerText : null;");
                    return text != null && text.contains(PHONE) ? text : null;
                });
                assertThat(caseFile).contains("Case file " + caseId, "Lina " + familyName, PHONE,
                        "Recognised refugee", "Arabic", "01/01/1990");
                assertThat(caseFile).doesNotContain("RECOGNISED_REFUGEE", "COLLECTIVE", "1990-01-01");
                // Plain, accessible structure: a heading per part, facts as a definition list.
                assertThat(browser.all(".bf-casefile h4")).hasSizeGreaterThanOrEqualTo(5);
                assertThat(browser.all(".bf-casefile dl dt")).isNotEmpty();
                assertThat(browser.all(".bf-casefile table th[scope=col]")).isNotEmpty();
            });
        }
        assertThat(jdbc.sql("""
                SELECT count(*) FROM buddyflow.case_access
                WHERE case_id = ? AND user_id = 'sofie' AND action = 'READ' AND resource = 'CASE_FILE'
                """).param(caseId).query(Long.class).single()).isPositive();
    }

    @Test
    @Timeout(90)
    void samirSeesNothingOfAGentCase() throws Exception {
        String familyName = "Gentsezaak" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = refer(familyName);
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("casefile-tab-samir", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("samir");
                // His own (Leuven) tasks are listed; the Gent one is not.
                browser.waitUntil("samir's task list to show his tasks", d -> !browser.all(".tasks-list .task a").isEmpty());
                assertThat(tasklist.taskLink(taskId)).isNull();
                assertThat(browser.bodyText()).doesNotContain(caseId, familyName);
                // Nor does its address show him anything of it.
                browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId
                        + "&detailsTab=buddyflow-case-file");
                browser.waitUntil("Tasklist to settle on the Gent task's address", Duration.ofSeconds(10), d -> {
                    pause(3000);
                    return true;
                });
                assertThat(browser.bodyText()).doesNotContain(familyName, PHONE, caseId);
            });
        }
        assertThat(jdbc.sql("SELECT count(*) FROM buddyflow.case_access WHERE case_id = ? AND user_id = 'samir'")
                .param(caseId).query(Long.class).single()).isZero();
    }

    private static WebElement caseFileTab(Browser browser) {
        return browser.waitUntil("the 'Case file' tab of the task", d -> browser.js("""
                return Array.from(document.querySelectorAll('.nav-tabs a'))
                  .find(a => a.textContent.trim() === 'Case file' && a.offsetParent !== null) || null;
                """));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
