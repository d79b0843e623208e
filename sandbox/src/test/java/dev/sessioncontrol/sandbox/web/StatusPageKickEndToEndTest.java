package dev.sessioncontrol.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.gateway.GatewayHttpServer;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.process.ClientFleet;
import dev.sessioncontrol.sandbox.process.ClientProcess;
import dev.sessioncontrol.sandbox.process.ClientSpec;
import dev.sessioncontrol.sandbox.process.Transcript;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole path from the browser: the sandbox gateway running the real hook, three simulated
 * Vision clients in their own JVMs running the real client hook, and the status page in
 * headless Chromium. Kicking one client from the page ends that process and only that one.
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
        SessionWebApi api = new SessionWebApi(
                caller -> new ScriptModuleOperations(gateway.scriptModule()),
                KickPolicy.defaults(), clock, new SecureRandom());
        web = SandboxWebServer.start(api, 0);
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
        new WebDriverWait(chromium.driver(), CLIENTS_READY)
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#sc-session-rows button.sc-kick"), 3));
        assertThat(users()).containsExactly("alice", "bob", "carol");
        chromium.screenshot("status-panel-sandbox");

        row("bob").findElement(By.cssSelector("button.sc-kick")).click();
        chromium.driver().findElement(By.id("sc-kick-reason")).sendKeys("Maintenance");
        WebElement grace = chromium.driver().findElement(By.id("sc-kick-grace"));
        grace.clear();
        grace.sendKeys("0");
        chromium.driver().findElement(By.id("sc-kick-confirm")).click();

        OptionalInt exit = bob.awaitExit(CLIENT_EXIT);
        assertThat(exit).as("bob's client process ended").isPresent();
        assertThat(exit.getAsInt()).isZero();
        assertThat(bob.lines()).anyMatch(line -> line.contains("Maintenance"));
        new WebDriverWait(chromium.driver(), CLIENT_EXIT)
                .until(driver -> users().equals(List.of("alice", "carol")));
        assertThat(alice.isAlive()).isTrue();
        assertThat(carol.isAlive()).isTrue();
        chromium.screenshot("status-panel-after-kick");
    }

    private List<String> users() {
        return chromium.driver().findElements(By.cssSelector("#sc-session-rows .sc-col-user"))
                .stream().map(WebElement::getText).collect(Collectors.toList());
    }

    private WebElement row(String user) {
        return chromium.driver().findElements(By.cssSelector("#sc-session-rows tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".sc-col-user")).getText().equals(user))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + user));
    }
}
