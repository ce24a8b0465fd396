package be.buddyflow.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import be.buddyflow.support.Browser;
import be.buddyflow.support.Http;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Referrals;
import be.buddyflow.support.Tasklist;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A social worker starts a housing transition by hand in the real Tasklist: "Start process",
 * "Woonstovergang", the start form with case id and recognition date. Needs Debian chromium and
 * chromium-driver (skipped without them unless BUDDYFLOW_REQUIRE_BROWSER=1).
 */
@IntegrationTest
class TasklistHousingStartBrowserIT {

    private static final String LABEL_CASE_ID = "Dossiernummer · Numéro de dossier · Case id";
    private static final String LABEL_RECOGNISED_ON = "Erkend op · Reconnu le · Recognised on";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    @Timeout(90)
    void socialWorkerStartsAHousingTransitionFromTasklist() throws Exception {
        String caseId = Http.as("intake-system", port).postJson("/api/referrals",
                        Referrals.gent(Referrals.uniqueReference(), "Startform" + System.nanoTime())
                                .replace("\"type\": \"COLLECTIVE\"", "\"type\": \"INDIVIDUAL\""))
                .json().get("caseId").asText();
        LocalDate recognised = LocalDate.now().minusDays(2);

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("housing-start-form", () -> {
                Tasklist tasklist = new Tasklist(browser, port);
                tasklist.logIn("sofie");
                browser.click(browser.waitUntil("the 'Start process' link", d -> browser.js("""
                        return Array.from(document.querySelectorAll('a, button'))
                          .find(a => a.textContent.trim() === 'Start process' && a.offsetParent !== null) || null;
                        """)));
                browser.click(browser.waitUntil("'Woonstovergang' in the list of processes", d -> browser.js("""
                        return Array.from(document.querySelectorAll('.modal a'))
                          .find(a => a.textContent.trim() === 'Woonstovergang') || null;
                        """)));
                browser.fill(tasklist.field(LABEL_CASE_ID), caseId);
                WebElement date = tasklist.field(LABEL_RECOGNISED_ON);
                browser.fill(date, recognised.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
                browser.click(browser.waitUntil("an enabled 'Start' button", d -> {
                    WebElement button = browser.visibleButton("Start");
                    return button != null && button.isEnabled() ? button : null;
                }));
                ProcessInstance started = org.awaitility.Awaitility.await("a housing transition for " + caseId)
                        .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                        .until(() -> runtimeService.createProcessInstanceQuery()
                                .processDefinitionKey(HousingTransitions.PROCESS_KEY)
                                .processInstanceBusinessKey(caseId).singleResult(), p -> p != null);
                assertThat(runtimeService.getVariable(started.getId(), "recognitionDate")).isEqualTo(recognised.toString());
                assertThat(runtimeService.getVariable(started.getId(), "caseTeam")).isEqualTo("ocmw-gent");
            });
        }
    }
}
