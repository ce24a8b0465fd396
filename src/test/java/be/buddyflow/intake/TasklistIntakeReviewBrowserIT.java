package be.buddyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import be.buddyflow.support.Browser;
import be.buddyflow.support.IntegrationTest;
import be.buddyflow.support.Tasklist;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A social worker reviews a fresh referral in the real Tasklist, in a real (headless) browser:
 * referral through the API, login, the Dutch review form, claim, accept, complete; the case then
 * moves on to screening. Runs on a throwaway embedded PostgreSQL with the demo identities.
 *
 * <p>Needs Debian {@code chromium} and {@code chromium-driver}; skipped without them unless
 * {@code BUDDYFLOW_REQUIRE_BROWSER=1}.
 */
@IntegrationTest
class TasklistIntakeReviewBrowserIT {

    private static final String DEMO_PASSWORD = "buddyflow-demo";
    private static final String REVIEW_TASK = "UserTask_ReviewIntake";
    private static final String REVIEW_TASK_NAME = "Intake beoordelen";
    private static final String SCREENING_TASK = "UserTask_ScheduleScreening";
    private static final String TRAJECTORY = "buddy-trajectory";
    private static final String LABEL_NAME = "Naam · Nom · Name";
    private static final String LABEL_DECISION = "Beslissing · Décision · Decision";
    private static final String OPTION_ACCEPT = "Aanvaarden · Accepter · Accept";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    @Timeout(60)
    void socialWorkerAcceptsAFreshReferralInTasklist() throws Exception {
        String familyName = "Browsertest" + UUID.randomUUID().toString().substring(0, 8);
        String newcomerName = "Lina " + familyName;
        String caseId = refer(familyName);

        Task review = await("review task of case " + caseId).atMost(Duration.ofSeconds(10))
                .until(() -> taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                        .taskDefinitionKey(REVIEW_TASK).singleResult(), task -> task != null);

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("intake-review-sofie", () -> {
                new Tasklist(browser, port).logIn("sofie");

                assertBrandingAndNoMigrationBanner(browser);

                // The list holds this case's review task (and the Gent demo case's): open ours from the list.
                WebElement link = browser.waitUntil("a link to task " + review.getId() + " in the task list",
                        d -> new Tasklist(browser, port).taskLink(review.getId()));
                assertThat(link.getText()).as("task list entry of case %s", caseId).contains(REVIEW_TASK_NAME);
                browser.click(link);

                // The Dutch (trilingual) review form with the newcomer's name, read-only.
                browser.waitUntil("the review form with label '" + LABEL_NAME + "'",
                        d -> new Tasklist(browser, port).fieldByLabel(LABEL_NAME) != null);
                String form = browser.js("return (document.querySelector('.fjs-container') || document.body).innerText");
                assertThat(form).as("review form text").contains(LABEL_DECISION, LABEL_NAME, OPTION_ACCEPT);
                WebElement nameField = browser.waitUntil("the name field to show '" + newcomerName + "'", d -> {
                    WebElement field = new Tasklist(browser, port).fieldByLabel(LABEL_NAME);
                    return field != null && newcomerName.equals(field.getAttribute("value")) ? field : null;
                });
                assertThat(nameField.getAttribute("readonly")).as("name field is read-only").isNotNull();

                // Claim; the form re-renders with enabled fields once the Claim button is gone.
                WebElement claim = browser.waitUntil("a visible 'Claim' button", d -> browser.visibleButton("Claim"));
                browser.click(claim);
                browser.waitUntil("the 'Claim' button to disappear after claiming",
                        d -> browser.visibleButton("Claim") == null);
                await("task claimed by sofie").atMost(Duration.ofSeconds(10)).until(
                        () -> taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee(),
                        "sofie"::equals);

                WebElement accept = browser.waitUntil("an enabled radio '" + OPTION_ACCEPT + "'", d -> {
                    WebElement radio = new Tasklist(browser, port).radioByLabel(OPTION_ACCEPT);
                    return radio != null && radio.isEnabled() ? radio : null;
                });
                browser.click(accept);
                browser.waitUntil("radio '" + OPTION_ACCEPT + "' to be checked",
                        d -> new Tasklist(browser, port).radioByLabel(OPTION_ACCEPT).isSelected());

                WebElement complete = browser.waitUntil("an enabled 'Complete' button", d -> {
                    WebElement button = browser.visibleButton("Complete");
                    return button != null && button.isEnabled() ? button : null;
                });
                browser.click(complete);

                await("review task of case " + caseId + " completed").atMost(Duration.ofSeconds(15))
                        .until(() -> taskService.createTaskQuery().taskId(review.getId()).count() == 0);
            });
        }

        HistoricTaskInstance done = historyService.createHistoricTaskInstanceQuery().taskId(review.getId())
                .singleResult();
        assertThat(done.getDeleteReason()).as("review task end").isEqualTo("completed");
        assertThat(done.getAssignee()).as("review task assignee").isEqualTo("sofie");

        ProcessInstance trajectory = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(TRAJECTORY).processInstanceBusinessKey(caseId).singleResult();
        assertThat(trajectory).as("running trajectory of case %s", caseId).isNotNull();
        await("trajectory of case " + caseId + " waits in " + SCREENING_TASK).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(runtimeService.getActiveActivityIds(trajectory.getId()))
                        .as("active activities of the trajectory").containsExactly(SCREENING_TASK));
        assertThat(taskService.createTaskQuery().processInstanceId(trajectory.getId())
                .taskDefinitionKey(SCREENING_TASK).count()).as("screening tasks").isEqualTo(1);

        await("case " + caseId + " in phase SCREENING").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> response = send(HttpRequest.newBuilder(api("/api/cases/" + caseId))
                    .header("Accept", "application/json").GET());
            assertThat(response.statusCode()).as("GET /api/cases/%s: %s", caseId, response.body()).isEqualTo(200);
            JsonNode view = JSON.readTree(response.body());
            assertThat(view.path("phase").asText()).as("phase in %s", response.body()).isEqualTo("SCREENING");
            assertThat(view.path("status").asText()).as("status in %s", response.body()).isEqualTo("OPEN");
        });
    }

    @Test
    @Timeout(60)
    void volunteerSeesNoIntakeReview() throws Exception {
        // Precondition: there is an intake review to hide (the Gent demo case's).
        assertThat(taskService.createTaskQuery().taskDefinitionKey(REVIEW_TASK).count())
                .as("open intake reviews in the engine").isPositive();

        try (Browser browser = Browser.open()) {
            browser.recordingFailures("intake-review-victor", () -> {
                new Tasklist(browser, port).logIn("victor");
                // Other tests may have given victor duo tasks of his own: wait until his filter has
                // counted them and the list shows them, then look for the intake review.
                String counts = browser.waitUntil("victor's filter counted and listed his tasks", d -> {
                    String counted = browser.js("""
                            const counter = document.querySelector('.task-filters .task-filter .counter');
                            return counter ? counter.textContent.trim() : '';
                            """);
                    if (counted.isEmpty()) {
                        return null;
                    }
                    int listed = browser.all(".tasks-list .task a").size();
                    boolean empty = browser.bodyText().contains("No task matching filters found.");
                    return (Integer.parseInt(counted) == 0 && empty) || (Integer.parseInt(counted) > 0 && listed > 0)
                            ? counted : null;
                });
                List<WebElement> tasks = browser.all(".tasks-list .task a");
                String list = String.join(" | ", tasks.stream().map(WebElement::getText).toList());
                assertThat(list).as("victor's task list (%s tasks)", counts).doesNotContain(REVIEW_TASK_NAME);
                assertThat(browser.bodyText()).as("victor's Tasklist page").doesNotContain(REVIEW_TASK_NAME);
            });
        }
    }

    private void assertBrandingAndNoMigrationBanner(Browser browser) throws Exception {
        // Branding: the served config.js names the app; the page shows that name.
        HttpResponse<String> config = send(HttpRequest.newBuilder(api("/camunda/app/tasklist/scripts/config.js")).GET());
        assertThat(config.statusCode()).as("GET tasklist config.js").isEqualTo(200);
        assertThat(config.body()).as("served tasklist config.js").contains("name: 'Taken'").contains("vendor: 'Buddyflow'");
        String brand = browser.waitUntil("the app name 'Buddyflow Taken' in the page header", d -> {
            String name = browser.js("""
                    const b = document.querySelector('.navbar-brand .brand-name, .navbar-brand');
                    return b ? b.innerText.trim() : null;
                    """);
            return name != null && name.contains("Buddyflow Taken") ? name : null;
        });
        assertThat(brand).as("header brand").contains("Buddyflow Taken");
        assertThat(browser.driver().getTitle()).as("page title").contains("Buddyflow");

        // Camunda's CE end-of-life banner is hidden by our user-styles.css.
        List<WebElement> banners = browser.all(".ce-eol-banner");
        for (WebElement banner : banners) {
            assertThat(banner.isDisplayed()).as("Camunda 8 migration banner displayed (text: %s)",
                    (String) browser.js("return arguments[0].textContent.trim()", banner)).isFalse();
        }
    }

    private String refer(String familyName) throws Exception {
        String body = """
                {"source":"browser-test","externalReference":"%s",
                 "newcomer":{"givenName":"Lina","familyName":"%s","dateOfBirth":"1990-01-01",
                             "languages":["ar","nl"],"postalCode":"9000","municipality":"Gent"},
                 "residenceStatus":"RECOGNISED_REFUGEE","recognitionDate":"2026-11-20",
                 "receptionPlace":{"type":"COLLECTIVE","name":"Centrum"},
                 "household":{"adults":1,"children":0},
                 "consent":{"services":true,"buddyContact":true,"reporting":false,"legalBasis":"PUBLIC_TASK"}}
                """.formatted("bt-" + UUID.randomUUID(), familyName);
        HttpResponse<String> response = send(HttpRequest.newBuilder(api("/api/referrals"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as("POST /api/referrals answered %s", response.body()).isEqualTo(201);
        String caseId = JSON.readTree(response.body()).path("caseId").asText();
        assertThat(caseId).as("caseId in %s", response.body()).isNotBlank();
        return caseId;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString(("intake-system:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI api(String path) {
        return URI.create(base() + path);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
