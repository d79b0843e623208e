package dev.sessioncontrol.sandbox.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.gateway.GatewayHttpServer;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.python.core.PyObject;

/**
 * Client-scope scripting across processes: code runs in a client JVM's own Jython, where
 * {@code system.sessions} is the module the real client hook added, so every call goes over
 * the sandbox's RPC to the gateway, which checks that client session's roles.
 */
class ClientScriptIT {
    // Bounds for two slow shared cores: JVM start-up and the client's first Jython dominate.
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

    private SandboxGateway gateway;
    private GatewayHttpServer server;
    private ClientFleet fleet;

    @BeforeEach
    void startGateway() throws IOException {
        Clock clock = Clock.systemUTC();
        gateway = SandboxGateway.start(clock);
        server = GatewayHttpServer.start(gateway, new AcknowledgementLog(clock), 0,
                Duration.ofSeconds(2), Duration.ofSeconds(30));
        fleet = new ClientFleet(server.uri(), ClientProcessesIT.clientClassPath(),
                new Transcript(System.out));
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
    void kickInTheScopeOfAClientWithoutTheRoleIsDeniedAndChangesNothing() throws Exception {
        ClientProcess alice = fleet.launch(ClientSpec.visionClient("alice", "Plant"));
        ClientProcess carol = fleet.launch(ClientSpec.visionClient("carol", "Plant"));
        awaitKickable("alice", "carol");
        String aliceId = sessionOf("alice");

        ClientProcess.ScriptResult result = carol.runScript("system.sessions.kick('" + aliceId
                + "', reason='Not my call')", SCRIPT_TIMEOUT);

        assertThat(result.error()).hasValueSatisfying(error -> assertThat(error)
                .startsWith("SessionControlException (DENIED)").contains("'carol'"));
        assertThat(carol.lines()).contains(">>> system.sessions.kick('" + aliceId
                + "', reason='Not my call')");
        assertThat(alice.isAlive()).isTrue();
        assertThat(history()).isEmpty();
        assertThat(alice.awaitExit(Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void adminClientsKickInItsOwnScopeEndsTheTargetAndNamesTheAdminAsIssuer()
            throws Exception {
        ClientProcess admin = fleet.launch(ClientSpec.visionClient("admin", "Plant",
                "Administrator"));
        ClientProcess bob = fleet.launch(ClientSpec.visionClient("bob", "Plant"));
        awaitKickable("admin", "bob");

        ClientProcess.ScriptResult self = admin.runScript(
                "print system.sessions.list(user='admin').getValueAt(0, 'self')", SCRIPT_TIMEOUT);
        admin.runScript("bob = system.sessions.list(user='bob').getValueAt(0, 'id')",
                SCRIPT_TIMEOUT);
        ClientProcess.ScriptResult kick = admin.runScript(
                "print system.sessions.kick(bob, reason='Shift change').getValueAt(0, 'outcome')",
                SCRIPT_TIMEOUT);

        assertThat(self.output()).as("the gateway knows the caller's own session")
                .isEqualTo("True");
        assertThat(kick.succeeded()).as(kick.error().orElse("")).isTrue();
        assertThat(kick.output()).isEqualTo("sent");
        assertThat(bob.awaitExit(EXIT_TIMEOUT)).hasValue(0);
        assertThat(bob.lines()).anyMatch(line -> line.contains("Requested by admin"));
        assertThat(history()).containsExactly("bob admin");
        assertThat(admin.isAlive()).isTrue();
    }

    private void awaitKickable(String... users) throws InterruptedException {
        long deadline = System.nanoTime() + REGISTRATION_TIMEOUT.toNanos();
        while (!kickableUsers().containsAll(Set.of(users))) {
            assertThat(System.nanoTime()).as("clients %s registered in time", List.of(users))
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private List<String> kickableUsers() {
        Dataset sessions = gateway.scriptModule().list(new PyObject[0], new String[0]);
        List<String> users = new ArrayList<>();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (Boolean.TRUE.equals(sessions.getValueAt(row, SessionColumns.KICKABLE))) {
                users.add(String.valueOf(sessions.getValueAt(row, SessionColumns.USER)));
            }
        }
        return users;
    }

    private String sessionOf(String user) {
        Dataset sessions = gateway.scriptModule().list(new PyObject[0], new String[0]);
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (user.equals(sessions.getValueAt(row, SessionColumns.USER))) {
                return String.valueOf(sessions.getValueAt(row, SessionColumns.ID));
            }
        }
        throw new AssertionError(user + " is not listed");
    }

    private List<String> history() {
        Dataset history = gateway.scriptModule().history(new PyObject[0], new String[0]);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < history.getRowCount(); row++) {
            rows.add(history.getValueAt(row, HistoryColumns.USER) + " "
                    + history.getValueAt(row, HistoryColumns.ISSUER));
        }
        return rows;
    }
}
