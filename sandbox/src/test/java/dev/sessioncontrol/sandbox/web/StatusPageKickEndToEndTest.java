package dev.sessioncontrol.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.gateway.GatewayHttpServer;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.process.ClientFleet;
import dev.sessioncontrol.sandbox.process.ClientProcess;
import dev.sessioncontrol.sandbox.process.ClientSpec;
import dev.sessioncontrol.sandbox.process.Transcript;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.python.core.PyObject;

/**
 * The whole path from the browser: the sandbox gateway running the real hook, three simulated
 * Vision clients in their own JVMs running the real client hook, and the status page in
 * headless Chromium, served on the hook's own web API. Kicking one client from the page ends
 * that process and only that one, and the history names the web user as the issuer.
 */
class StatusPageKickEndToEndTest {
    /** Bounds for slow machines: client JVMs start, register, poll and exit within these. */
    private static final Duration CLIENTS_READY = Duration.ofSeconds(90);
    private static final Duration CLIENT_EXIT = Duration.ofSeconds(60);

    private SandboxGateway gateway;
    private GatewayHttpServer gatewayServer;
    private ClientFleet fleet;
    private SandboxWebServer web;
    private HeadlessChromium chromium;

    @BeforeEach
    void startSandbox() throws IOException {
        Clock clock = Clock.systemUTC();
        gateway = SandboxGateway.start(clock);
        gatewayServer = GatewayHttpServer.start(gateway, new AcknowledgementLog(clock), 0,
                Duration.ofSeconds(2), Duration.ofSeconds(30));
        fleet = ClientFleet.onOwnClassPath(gatewayServer.uri(), new Transcript(System.out));
        web = SandboxWebServer.start(gateway.webApi(), 0);
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void stopSandbox() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (web != null) {
            web.close();
        }
        if (fleet != null) {
            fleet.close();
        }
        if (gatewayServer != null) {
            gatewayServer.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void kickingAClientFromThePageEndsThatClientAndItLeavesTheTable() throws Exception {
        ClientProcess alice = fleet.launch(ClientSpec.visionClient("alice", "Plant"));
        ClientProcess bob = fleet.launch(ClientSpec.visionClient("bob", "Plant"));
        ClientProcess carol = fleet.launch(ClientSpec.visionClient("carol", "Plant"));
        chromium.driver().get(web.loginUri("admin").toString());
        tableWait(CLIENTS_READY).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#sc-session-rows button.sc-kick"), 3));
        assertThat(users()).containsExactly("alice", "bob", "carol");
        chromium.screenshot("status-panel-sandbox");

        tableWait(CLIENT_EXIT).until(driver -> {
            row("bob").findElement(By.cssSelector("button.sc-kick")).click();
            return true;
        });
        chromium.driver().findElement(By.id("sc-kick-reason")).sendKeys("Maintenance");
        WebElement grace = chromium.driver().findElement(By.id("sc-kick-grace"));
        grace.clear();
        grace.sendKeys("0");
        chromium.driver().findElement(By.id("sc-kick-confirm")).click();

        OptionalInt exit = bob.awaitExit(CLIENT_EXIT);
        assertThat(exit).as("bob's client process ended").isPresent();
        assertThat(exit.getAsInt()).isZero();
        assertThat(bob.lines()).anyMatch(line -> line.contains("Maintenance"));
        tableWait(CLIENT_EXIT).until(driver -> readUsers().equals(List.of("alice", "carol")));
        assertThat(alice.isAlive()).isTrue();
        assertThat(carol.isAlive()).isTrue();
        assertThat(historyRows()).as("the web user, not the gateway, is the issuer")
                .containsExactly(bob.name() + " admin Maintenance");
        chromium.screenshot("status-panel-after-kick");
    }

    /**
     * Returns a wait that reads the table again when the page replaced it under the read: the
     * panel redraws its rows on every refresh, so an element found a moment ago may be gone.
     */
    private WebDriverWait tableWait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(chromium.driver(), timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private List<String> users() {
        return tableWait(CLIENT_EXIT).until(driver -> readUsers());
    }

    private List<String> readUsers() {
        return chromium.driver().findElements(By.cssSelector("#sc-session-rows .sc-col-user"))
                .stream().map(WebElement::getText).collect(Collectors.toList());
    }

    private List<String> historyRows() {
        Dataset history = gateway.scriptModule().history(new PyObject[0], new String[0]);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < history.getRowCount(); row++) {
            rows.add(history.getValueAt(row, HistoryColumns.USER) + " "
                    + history.getValueAt(row, HistoryColumns.ISSUER) + " "
                    + history.getValueAt(row, HistoryColumns.REASON));
        }
        return rows;
    }

    private WebElement row(String user) {
        return chromium.driver().findElements(By.cssSelector("#sc-session-rows tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".sc-col-user")).getText().equals(user))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + user));
    }
}
