package be.buddyflow.support;

import java.time.Duration;

import org.openqa.selenium.WebElement;

/**
 * What a person does in Camunda Tasklist, in the ways that work in headless Chromium (see
 * ../shared/stack.md): fill and blur for text, clicks dispatched by script, waits with reasons.
 */
public final class Tasklist {

    private final Browser browser;
    private final String baseUrl;

    public Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.baseUrl = "http://localhost:" + port;
    }

    public Browser browser() {
        return browser;
    }

    public void logIn(String user) {
        browser.get(baseUrl + "/camunda/app/tasklist/");
        WebElement username = browser.waitForVisible("input[ng-model=\"username\"]");
        WebElement password = browser.waitForVisible("input[ng-model=\"password\"]");
        browser.fill(username, user);
        browser.fill(password, Http.DEMO_PASSWORD);
        // The login page copies the field values into its model every 500 ms (stack notes).
        pause(Duration.ofMillis(600));
        browser.click(browser.waitForVisible("button[type=submit]"));
        browser.waitUntil("Tasklist to show the logged-in app for " + user, d ->
                browser.all("input[ng-model=\"username\"]").stream().noneMatch(WebElement::isDisplayed)
                        && !browser.all(".tasks-list").isEmpty());
    }

    /** Opens the task from the list; returns the text of its list entry. */
    public String openTask(String taskId) {
        WebElement link = browser.waitUntil("a link to task " + taskId + " in the task list", d -> taskLink(taskId));
        String entry = link.getText();
        browser.click(link);
        return entry;
    }

    /** Waits for the form field labelled {@code label} and returns it. */
    public WebElement field(String label) {
        return browser.waitUntil("the form field '" + label + "'", d -> fieldByLabel(label));
    }

    public String formText() {
        return browser.js("return (document.querySelector('.fjs-container') || document.body).innerText");
    }

    /** Claims the open task; the form re-renders with enabled fields once the Claim button is gone. */
    public void claim() {
        browser.click(browser.waitUntil("a visible 'Claim' button", d -> browser.visibleButton("Claim")));
        browser.waitUntil("the 'Claim' button to disappear after claiming", d -> browser.visibleButton("Claim") == null);
    }

    public void choose(String optionLabel) {
        WebElement radio = browser.waitUntil("an enabled radio '" + optionLabel + "'", d -> {
            WebElement r = radioByLabel(optionLabel);
            return r != null && r.isEnabled() ? r : null;
        });
        browser.click(radio);
        browser.waitUntil("radio '" + optionLabel + "' to be checked", d -> radioByLabel(optionLabel).isSelected());
    }

    public void complete() {
        browser.click(browser.waitUntil("an enabled 'Complete' button", d -> {
            WebElement button = browser.visibleButton("Complete");
            return button != null && button.isEnabled() ? button : null;
        }));
    }

    /** The task list link whose href names this task, or null. */
    public WebElement taskLink(String taskId) {
        return browser.all(".tasks-list .task a").stream()
                .filter(a -> {
                    String href = a.getAttribute("href");
                    return href != null && href.contains(taskId);
                })
                .findFirst().orElse(null);
    }

    /** The form-js input labelled {@code label}, or null. */
    public WebElement fieldByLabel(String label) {
        return browser.js("""
                const label = Array.from(document.querySelectorAll('.fjs-container label'))
                  .find(l => l.textContent.trim() === arguments[0]);
                if (!label) return null;
                if (label.htmlFor) return document.getElementById(label.htmlFor);
                return label.closest('.fjs-form-field')?.querySelector('input, textarea, select') || null;
                """, label);
    }

    /** The form-js radio input whose option label is {@code label}, or null. */
    public WebElement radioByLabel(String label) {
        return browser.js("""
                const label = Array.from(document.querySelectorAll('.fjs-container label'))
                  .find(l => l.textContent.trim() === arguments[0]);
                if (!label) return null;
                return (label.htmlFor && document.getElementById(label.htmlFor))
                  || label.querySelector('input[type=radio]') || null;
                """, label);
    }

    /** The one fixed wait the Tasklist login needs (it polls its fields every 500 ms). */
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
