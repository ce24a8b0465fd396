package be.buddyflow.support;

import java.time.Duration;

import org.openqa.selenium.WebElement;

/**
 * What a person does in Camunda Tasklist, in the ways that work in headless Chromium: fill and blur
 * for text (a form field takes its value on blur), clicks dispatched by script (once the Angular app
 * has loaded, simulated clicks and key presses stop reaching the page), waits with reasons.
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

    /** Ticks the form-js checkbox labelled {@code label} (once the task is claimed). */
    public void tick(String label) {
        WebElement box = browser.waitUntil("an enabled checkbox '" + label + "'", d -> {
            WebElement b = fieldByLabel(label);
            return b != null && b.isEnabled() ? b : null;
        });
        if (!box.isSelected()) {
            browser.click(box);
        }
        browser.waitUntil("checkbox '" + label + "' to be ticked", d -> fieldByLabel(label).isSelected());
    }

    /** Types into the form-js text field labelled {@code label}. */
    public void type(String label, String value) {
        WebElement input = browser.waitUntil("an enabled field '" + label + "'", d -> {
            WebElement f = fieldByLabel(label);
            return f != null && f.isEnabled() ? f : null;
        });
        browser.fill(input, value);
    }

    /**
     * Picks {@code option} in the form-js select labelled {@code label}: form-js draws its own
     * dropdown (no native select), opened by a click and answering to mouse-down on an item.
     */
    public void select(String label, String option) {
        browser.waitUntil("select '" + label + "' to open", d -> Boolean.TRUE.equals(browser.js("""
                const label = Array.from(document.querySelectorAll('.fjs-container label'))
                  .find(l => l.textContent.replace(/\\*$/, '').trim() === arguments[0]);
                const field = label && label.closest('.fjs-form-field');
                if (!field) return false;
                if (field.querySelector('.fjs-dropdownlist-item')) return true;
                // Each mouse-down toggles the list, which renders a moment later: toggle at most
                // once a second, or polling would close what the previous poll opened.
                const now = Date.now();
                if (!field.dataset.openedAt || now - Number(field.dataset.openedAt) > 1000) {
                  field.dataset.openedAt = String(now);
                  field.querySelector('.fjs-input-group, .fjs-select-display')
                    .dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));
                }
                return false;
                """, label)));
        browser.waitUntil("option '" + option + "' of select '" + label + "' chosen", d -> Boolean.TRUE.equals(browser.js("""
                const label = Array.from(document.querySelectorAll('.fjs-container label'))
                  .find(l => l.textContent.replace(/\\*$/, '').trim() === arguments[0]);
                const field = label.closest('.fjs-form-field');
                const item = Array.from(field.querySelectorAll('.fjs-dropdownlist-item'))
                  .find(i => i.textContent.trim() === arguments[1]);
                if (item) item.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));
                return (field.querySelector('.fjs-select-display, input')?.textContent || '').includes(arguments[1])
                  || (field.querySelector('input')?.value || '') === arguments[1];
                """, label, option)));
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
                  .find(l => l.textContent.replace(/\\*$/, '').trim() === arguments[0]);
                if (!label) return null;
                if (label.htmlFor) return document.getElementById(label.htmlFor);
                return label.closest('.fjs-form-field')?.querySelector('input, textarea, select') || null;
                """, label);
    }

    /** The form-js radio input whose option label is {@code label}, or null. */
    public WebElement radioByLabel(String label) {
        return browser.js("""
                const label = Array.from(document.querySelectorAll('.fjs-container label'))
                  .find(l => l.textContent.replace(/\\*$/, '').trim() === arguments[0]);
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
