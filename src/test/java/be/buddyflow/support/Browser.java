package be.buddyflow.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through the system chromedriver, for browser tests of the
 * Camunda webapps. Never lets Selenium Manager download a driver or a browser.
 *
 * <p>Once a Camunda Angular app has loaded, native (simulated) clicks and key presses no longer
 * reach the page, so this class sets text through JavaScript (value, {@code input}/{@code change}
 * events, then blur) and dispatches click events through JavaScript (docs in shared stack notes).
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Set to 1 (as CI may) to fail instead of skip when the browser is not installed. */
    public static final String REQUIRE_BROWSER_ENV = "BUDDYFLOW_REQUIRE_BROWSER";
    public static final Path ARTIFACTS = Path.of("target", "browser-test");

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final Path profileDir;

    private Browser(WebDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
    }

    /** Skips the calling test class (or fails it when {@value #REQUIRE_BROWSER_ENV}=1) without a browser. */
    public static void assumeInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String message = "Browser test needs Debian packages chromium and chromium-driver ("
                + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
        if ("1".equals(System.getenv(REQUIRE_BROWSER_ENV))) {
            fail(message + " [" + REQUIRE_BROWSER_ENV + "=1, so this is a failure, not a skip]");
        }
        Assumptions.assumeTrue(false, message);
    }

    public static Browser open() {
        // Both the property and the service's executable make Selenium skip Selenium Manager.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("buddyflow-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return new Browser(driver, profile);
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    @SuppressWarnings("unchecked")
    public <T> T js(String script, Object... args) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public WebElement waitForVisible(String css) {
        return waitUntil("a visible element " + css, d -> d.findElements(By.cssSelector(css)).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Polls {@code condition} until it returns neither null nor false; the failure says what was awaited. */
    public <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return waitUntil(what, DEFAULT_WAIT, condition);
    }

    public <T> T waitUntil(String what, Duration timeout, Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what
                    + " (url " + driver.getCurrentUrl() + ")", e);
        }
    }

    /** Sets an input's value as a user's typing would end up, then leaves the field (form-js reads on blur). */
    public void fill(WebElement input, String value) {
        js("""
                const el = arguments[0], value = arguments[1];
                el.focus();
                const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
                Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value);
                el.dispatchEvent(new Event('input', { bubbles: true }));
                el.dispatchEvent(new Event('change', { bubbles: true }));
                el.blur();
                el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
                """, input, value);
    }

    /** Dispatches a click event on the element (native clicks don't reach Camunda's Angular apps). */
    public void click(WebElement element) {
        js("arguments[0].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));",
                element);
    }

    /** The visible button whose trimmed text equals {@code text}, or null. */
    public WebElement visibleButton(String text) {
        return js("""
                return Array.from(document.querySelectorAll('button'))
                  .find(b => b.textContent.trim() === arguments[0] && b.offsetParent !== null) || null;
                """, text);
    }

    /** The visible text of the page body, for assertion messages. */
    public String bodyText() {
        try {
            String text = js("return document.body ? document.body.innerText : ''");
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            return "<body text unavailable: " + e + ">";
        }
    }

    /** Saves a screenshot and the page source under target/browser-test/; returns the paths' common prefix. */
    public Path saveArtifacts(String name) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path prefix = ARTIFACTS.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + stamp);
        try {
            Files.createDirectories(ARTIFACTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(Path.of(prefix + ".png"), png);
            Files.writeString(Path.of(prefix + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser artifacts to " + prefix + ": " + e);
        }
        return prefix;
    }

    /** Runs {@code steps}; on any failure saves a screenshot and the page source before rethrowing. */
    public void recordingFailures(String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Throwable t) {
            Path prefix = saveArtifacts(name);
            t.addSuppressed(new AssertionError("Screenshot and page source: " + prefix.toAbsolutePath()
                    + ".{png,html}; visible text was:\n" + abbreviate(bodyText(), 3000)));
            throw t;
        }
    }

    @FunctionalInterface
    public interface Steps {
        void run() throws Exception;
    }

    public static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profileDir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
