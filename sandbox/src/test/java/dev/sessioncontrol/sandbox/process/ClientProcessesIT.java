package dev.sessioncontrol.sandbox.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.gateway.GatewayHttpServer;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.platform.SandboxSessionManager;
import dev.sessioncontrol.sandbox.script.SandboxFunctions;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end across processes: the sandbox gateway on 127.0.0.1 in this JVM, and simulated
 * Vision clients, each a JVM of the packaged sandbox jar running the real client hook. A kick
 * typed as a script line must end that client's process and no other.
 */
class ClientProcessesIT {
    // Bounds for two slow shared cores: JVM start-up dominates, the kick itself is quick.
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration POLL_WAIT = Duration.ofSeconds(2);
    private static final Duration EXPIRE_AFTER = Duration.ofSeconds(30);

    private SandboxGateway gateway;
    private GatewayHttpServer server;
    private ClientFleet fleet;
    private ScriptConsole console;

    @BeforeEach
    void startGateway() throws IOException {
        Clock clock = Clock.systemUTC();
        gateway = SandboxGateway.start(clock);
        server = GatewayHttpServer.start(gateway, new AcknowledgementLog(clock), 0, POLL_WAIT,
                EXPIRE_AFTER);
        fleet = new ClientFleet(server.uri(), clientClassPath(), new Transcript(System.out));
        console = ScriptConsole.create(
                Map.of(SessionControlModule.SCRIPT_NAMESPACE, gateway.scriptModule()), Map.of());
    }

    @AfterEach
    void stopEverything() {
        try {
            fleet.close();
        } finally {
            fleet.clients().stream().filter(ClientProcess::isAlive).forEach(ClientProcess::kill);
            server.close();
            gateway.close();
        }
    }

    @Test
    void kickTypedAsAScriptLineEndsThatClientProcessAndNoOther() throws Exception {
        ClientProcess alice = fleet.launch(ClientSpec.visionClient("alice", "Plant"));
        ClientProcess bob = fleet.launch(ClientSpec.visionClient("bob", "Plant"));
        ClientProcess carol = fleet.launch(ClientSpec.visionClient("carol", "Plant"));
        awaitKickable("alice", "bob", "carol");

        run("system.sessions.kick(system.sessions.list(user='bob').getValueAt(0, 'id'),"
                + " reason='Maintenance', graceSeconds=1)");
        OptionalInt exitCode = bob.awaitExit(EXIT_TIMEOUT);

        assertThat(exitCode).hasValue(0);
        assertThat(bob.lines()).anyMatch(line -> line.contains("Maintenance"))
                .anyMatch(line -> line.startsWith("[exit]"));
        assertThat(alice.isAlive()).isTrue();
        assertThat(carol.isAlive()).isTrue();
        assertThat(listedUsers()).containsExactlyInAnyOrder("alice", "carol");
    }

    @Test
    void startClientSaysSoWhenTheGatewayRefusesTheLogin() throws Exception {
        for (int i = 0; i < SandboxSessionManager.MAX_SESSIONS; i++) {
            gateway.sessions().open(new ClientIdentity("", "kiosk" + i, "Plant", List.of(),
                    false), "127.0.0.1");
        }
        SandboxFunctions functions = new SandboxFunctions(gateway,
                new AcknowledgementLog(Clock.systemUTC()), Optional.of(fleet), "Plant");

        assertThatThrownBy(() -> functions.startClient("dave"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Client dave did not start")
                .hasMessageContaining("503");
        assertThat(listedUsers()).doesNotContain("dave");
    }

    @Test
    void startClientAnswersOnceTheClientHasLoggedIn() throws Exception {
        SandboxFunctions functions = new SandboxFunctions(gateway,
                new AcknowledgementLog(Clock.systemUTC()), Optional.of(fleet), "Plant");

        String answer = functions.startClient("erin");

        assertThat(answer).startsWith("Started client erin");
        assertThat(listedUsers()).contains("erin");
    }

    @Test
    void vetoingClientOutlivesAnUnforcedKickAndEndsOnAForcedOne() throws Exception {
        ClientProcess dave = fleet.launch(ClientSpec.visionClient("dave", "Plant")
                .vetoingShutdown());
        awaitKickable("dave");
        String kick = "system.sessions.kick(system.sessions.list(user='dave').getValueAt(0,"
                + " 'id'), reason='Please leave'%s)";

        run(String.format(kick, ""));
        boolean vetoed = dave.awaitLine(line -> line.contains("cancelled the exit"),
                EXIT_TIMEOUT);

        assertThat(vetoed).isTrue();
        assertThat(dave.isAlive()).isTrue();
        assertThat(listedUsers()).contains("dave");

        run(String.format(kick, ", force=True"));

        assertThat(dave.awaitExit(EXIT_TIMEOUT)).hasValue(0);
        assertThat(listedUsers()).doesNotContain("dave");
    }

    private void run(String source) {
        ScriptConsole.Outcome outcome = console.run(source);
        assertThat(outcome.error()).as(source).isEmpty();
    }

    private void awaitKickable(String... users) throws InterruptedException {
        long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
        while (!kickableUsers().containsAll(Set.of(users))) {
            assertThat(System.nanoTime()).as("clients %s registered in time", List.of(users))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private List<String> listedUsers() {
        return column(SessionColumns.USER, false);
    }

    private List<String> kickableUsers() {
        return column(SessionColumns.USER, true);
    }

    private List<String> column(String column, boolean kickableOnly) {
        Dataset sessions = console.evaluate("system.sessions.list()", Dataset.class);
        List<String> values = new ArrayList<>();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (!kickableOnly
                    || Boolean.TRUE.equals(sessions.getValueAt(row, SessionColumns.KICKABLE))) {
                values.add(String.valueOf(sessions.getValueAt(row, column)));
            }
        }
        return values;
    }

    /** The packaged jar when the build provides it, else this JVM's own class path. */
    static String clientClassPath() {
        String jar = System.getProperty("sandbox.jar");
        return jar != null ? jar : System.getProperty("java.class.path");
    }
}
