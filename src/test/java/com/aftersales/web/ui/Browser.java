package com.aftersales.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver (both from /usr/bin, installed by .ci/run), with a
 * fresh profile and everything that would reach out to the network switched off; axe-core (npm, installed
 * by -Pbrowser into target/npm) injected into a page to check it; screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final String base;
    private final Path profile;

    Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            profile = Files.createTempDirectory("chromium-profile");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads().toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(binary("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        logIn(com.aftersales.support.AuthenticatedTests.USER, com.aftersales.support.AuthenticatedTests.PASSWORD);
    }

    /** Logs in with the form of /login (every page needs a user), as the %test user of every role by default. */
    void logIn(String user, String password) {
        driver.get(base + "/login");
        driver.findElement(By.name("j_username")).sendKeys(user);
        driver.findElement(By.name("j_password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='j_security_check']")).submit();
        waiting(180).until(d -> !path().startsWith("/login"));
    }

    static String binary(String env, String fallback) {
        String v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v;
    }

    Path downloads() {
        return profile.resolve("downloads");
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits (the machine may be busy: up to three minutes) until the page's path starts with {@code prefix}. */
    void waitFor(String prefix) {
        waiting(180).until(d -> path().startsWith(prefix) && "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A wait that retries while the page it reads is being replaced (a form posts and the page reloads). */
    WebDriverWait waiting(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** Saves a full-window screenshot as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        try {
            Path to = SCREENSHOTS.resolve(name + ".png");
            Files.write(to, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core in the page and returns its serious and critical violations (rule id, impact, the first
     * offending element), after saving the page's screenshot.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousViolations(String name) {
        screenshot(name);
        JavascriptExecutor js = driver;
        js.executeScript(axe());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                  id: v.id, impact: v.impact, help: v.help,
                  target: v.nodes.length ? String(v.nodes[0].target) + ' ' + v.nodes[0].html.substring(0, 160) : ''
                })))).catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), target: ''}]));
                """);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                out.add(name + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("help") + " at " + v.get("target"));
            }
        }
        return out;
    }

    void assertAccessible(String name) {
        assertThat(seriousViolations(name)).as("axe-core serious or critical violations on " + name).isEmpty();
    }

    private static String axeScript;

    private static synchronized String axe() {
        if (axeScript == null) {
            Path p = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
            try {
                axeScript = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is not installed at " + p + ": run with -Pbrowser", e);
            }
        }
        return axeScript;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
