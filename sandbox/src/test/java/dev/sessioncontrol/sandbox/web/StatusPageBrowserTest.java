package dev.sessioncontrol.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The status page in headless Chromium, against the sandbox web server and the real web API,
 * over a fixed list of sessions.
 */
class StatusPageBrowserTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"),
            ZoneOffset.UTC);
    private static final String MARKUP_USER = "<img src=x onerror=alert(1)>";
    private static final String MARKUP_HOST = "<script>window.sc_ran=1</script>ws-evil";

    private static HeadlessChromium chromium;

    private ScriptedSessions sessions;
    private SandboxWebServer web;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void stopServer() {
        if (web != null) {
            web.close();
        }
    }

    @Test
    void tableShowsTheGatewaySessions() throws IOException {
        serve(new ScriptedSessions(CLOCK)
                .client("a1", "alice", "ws-alice", Duration.ofMinutes(83))
                .client("b2", "bob", "ws-bob", Duration.ofSeconds(47))
                .unregisteredDesigner("c3", "carol", "ws-carol"));

        openAs("admin");
        List<WebElement> rows = awaitRows(3);

        assertThat(texts(rows, ".sc-col-user")).containsExactly("alice", "bob", "carol");
        assertThat(texts(rows, ".sc-col-type")).containsExactly("vision", "vision", "designer");
        assertThat(texts(rows, ".sc-col-host")).containsExactly("ws-alice", "ws-bob", "ws-carol");
        assertThat(texts(rows, ".sc-col-uptime")).containsExactly("1 h 23 min", "47 s",
                "10 min 0 s");
        assertThat(texts(rows, ".sc-col-kickable")).containsExactly("yes", "yes", "no");
        assertThat(driver().findElements(By.cssSelector("#sc-session-rows button.sc-kick")))
                .hasSize(2);
        chromium.screenshot("status-panel");
    }

    @Test
    void filterBoxNarrowsTheTable() {
        serve(new ScriptedSessions(CLOCK)
                .client("a1", "alice", "ws-alice", Duration.ofMinutes(5))
                .client("b2", "bob", "ws-bob", Duration.ofMinutes(5)));
        openAs("admin");
        awaitRows(2);

        driver().findElement(By.id("sc-filter")).sendKeys("ws-b");

        List<WebElement> rows = awaitRows(1);
        assertThat(texts(rows, ".sc-col-user")).containsExactly("bob");
    }

    @Test
    void kickFromThePageSendsReasonAndGraceAndTheRowLeaves() throws IOException {
        serve(new ScriptedSessions(CLOCK)
                .client("a1", "alice", "ws-alice", Duration.ofMinutes(5))
                .client("b2", "bob", "ws-bob", Duration.ofMinutes(5)));
        openAs("admin");
        awaitRows(2);

        row("b2").findElement(By.cssSelector("button.sc-kick")).click();
        driver().findElement(By.id("sc-kick-reason")).sendKeys("Maintenance at 14:00");
        WebElement grace = driver().findElement(By.id("sc-kick-grace"));
        grace.clear();
        grace.sendKeys("0");
        chromium.screenshot("status-panel-kick-dialog");
        driver().findElement(By.id("sc-kick-confirm")).click();

        List<WebElement> rows = awaitRows(1);
        assertThat(texts(rows, ".sc-col-user")).containsExactly("alice");
        assertThat(sessions.kicked()).containsExactly("b2");
        assertThat(sessions.kickOptions().get(0).reason()).isEqualTo("Maintenance at 14:00");
        assertThat(sessions.kickOptions().get(0).graceSeconds()).isZero();
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("sc-message"), "sent"));
    }

    @Test
    void markupInUserAndHostNamesIsShownLiterallyAndRunsNothing() throws IOException {
        serve(new ScriptedSessions(CLOCK)
                .client("e5", MARKUP_USER, MARKUP_HOST, Duration.ofMinutes(1)));

        openAs("admin");
        List<WebElement> rows = awaitRows(1);

        assertThat(texts(rows, ".sc-col-user")).containsExactly(MARKUP_USER);
        assertThat(texts(rows, ".sc-col-host")).containsExactly(MARKUP_HOST);
        assertThat(driver().findElements(By.cssSelector("#sc-session-rows img"))).isEmpty();
        assertThat(driver().findElements(By.cssSelector("#sc-session-rows script"))).isEmpty();
        assertThat(driver().executeScript("return window.sc_ran === undefined")).isEqualTo(true);
        assertThatThrownBy(() -> driver().switchTo().alert())
                .isInstanceOf(NoAlertPresentException.class);

        row("e5").findElement(By.cssSelector("button.sc-kick")).click();
        assertThat(driver().findElement(By.id("sc-kick-user")).getText()).isEqualTo(MARKUP_USER);
        assertThat(driver().findElements(By.cssSelector("#sc-kick-dialog img"))).isEmpty();
        chromium.screenshot("status-panel-markup-names");
        driver().findElement(By.id("sc-kick-cancel")).click();
        assertThat(sessions.kicked()).isEmpty();
    }

    @Test
    void userWithoutKickRoleSeesTheListButNoKickAction() throws IOException {
        serve(new ScriptedSessions(CLOCK)
                .client("a1", "alice", "ws-alice", Duration.ofMinutes(5))
                .client("b2", "bob", "ws-bob", Duration.ofMinutes(5)));

        openAs("viewer");
        List<WebElement> rows = awaitRows(2);
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("sc-who"), "you may view sessions"));

        assertThat(texts(rows, ".sc-col-user")).containsExactly("alice", "bob");
        assertThat(driver().findElements(By.cssSelector("button.sc-kick"))).isEmpty();
        assertThat(driver().findElement(By.id("sc-history")).isDisplayed()).isFalse();
        chromium.screenshot("status-panel-viewer");
    }

    @Test
    void formPostedByAPageOfAnotherSiteIsRefusedAndKicksNothing() throws IOException {
        serve(new ScriptedSessions(CLOCK)
                .client("b2", "bob", "ws-bob", Duration.ofMinutes(5)));
        openAs("admin");
        awaitRows(1);

        try (HostileSite hostile = HostileSite.serving(
                web.baseUri().resolve(SandboxWebServer.DATA_ROOT + "sessions/b2/kick"))) {
            driver().get(hostile.pageUri().toString());
            chromium.waiting().until(ExpectedConditions.urlContains("/sessions/b2/kick"));
        }

        assertThat(driver().getPageSource()).contains("CROSS_ORIGIN");
        assertThat(sessions.kicked()).isEmpty();
        assertThat(sessions.isListed("b2")).isTrue();
    }

    private void serve(ScriptedSessions scripted) {
        sessions = scripted;
        SessionWebApi api = new SessionWebApi(caller -> scripted, KickPolicy.defaults(), CLOCK,
                new SecureRandom());
        try {
            web = SandboxWebServer.start(api, 0);
        } catch (IOException e) {
            throw new IllegalStateException("The sandbox web server did not start", e);
        }
    }

    private void openAs(String user) {
        driver().manage().deleteAllCookies();
        driver().get(web.loginUri(user).toString());
    }

    private List<WebElement> awaitRows(int count) {
        By rows = By.cssSelector("#sc-session-rows tr");
        chromium.waiting().until(ExpectedConditions.numberOfElementsToBe(rows, count));
        return driver().findElements(rows);
    }

    private WebElement row(String sessionId) {
        return driver().findElement(By.cssSelector("tr[data-session-id='" + sessionId + "']"));
    }

    private static List<String> texts(List<WebElement> rows, String cellSelector) {
        return rows.stream().map(r -> r.findElement(By.cssSelector(cellSelector)).getText())
                .collect(Collectors.toList());
    }

    private static ChromeDriver driver() {
        return chromium.driver();
    }
}
