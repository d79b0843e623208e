package dev.sessioncontrol.sandbox.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.platform.SimulatedPerspective;
import dev.sessioncontrol.sandbox.platform.SimulatedPerspective.Visitor;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.python.core.PyException;

/**
 * Perspective sessions through the real gateway hook: the hook finds the sandbox's simulated
 * {@code system.perspective} in the gateway's scripting, lists its sessions, and closes them
 * when a gateway script kicks them.
 */
class PerspectiveKickTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T08:00:00Z"),
            ZoneOffset.UTC);
    private static final Duration EXIT_WAIT = Duration.ofSeconds(20);

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private SandboxGateway gateway;
    private SimulatedPerspective perspective;
    private ScriptConsole console;

    @BeforeEach
    void startGateway() {
        gateway = SandboxGateway.builder(CLOCK).perspectiveOutput(printed::add).start();
        perspective = gateway.perspective().orElseThrow();
        console = ScriptConsole.create(gateway.scriptModules(), Map.of());
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    @Test
    void listsPerspectiveSessionsWithTheirTypeScopeDeviceAndUnauthenticatedUser() {
        String bob = perspective.open(Visitor.browser("bob", "Plant", "Chrome 124"));
        String kiosk = perspective.open(Visitor.browser(null, "Plant", "Kiosk panel"));

        Dataset sessions = script("system.sessions.list()");

        assertThat(rows(sessions, SessionColumns.ID, SessionColumns.TYPE, SessionColumns.SCOPE,
                SessionColumns.USER, SessionColumns.DEVICE, SessionColumns.KICKABLE))
                .containsExactlyInAnyOrder(
                        bob + " perspective perspective bob Chrome 124 true",
                        kiosk + " perspective perspective unauthenticated Kiosk panel true");
        assertThat(console.evaluate("system.sessions.isPerspectivePresent()", Boolean.class))
                .isTrue();
    }

    @Test
    void kickClosesThePerspectiveSessionWithTheReasonAndRecordsItAsClosed() {
        String bob = perspective.open(Visitor.browser("bob", "Plant", "Chrome 124"));

        Dataset outcome = script("system.sessions.kick('" + bob + "', reason='Shift change')");

        assertThat(outcome.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("closed");
        assertThat(perspective.sessions()).isEmpty();
        assertThat(perspective.closures()).containsExactly(
                new SimulatedPerspective.Closure(bob, "bob", "Shift change"));
        assertThat(printed).containsExactly("[perspective bob] closed: Shift change");
        assertThat(rows(script("system.sessions.history()"), HistoryColumns.SESSION_ID,
                HistoryColumns.USER, HistoryColumns.ISSUER, HistoryColumns.STATUS))
                .containsExactly(bob + " bob gateway closed");
        assertThat(script("system.sessions.list()").getRowCount()).isZero();
    }

    @Test
    void designerHostedPerspectiveSessionIsClosedOnlyWithIncludeDesigners() {
        String hosted = perspective.open(Visitor.browser("dana", "Plant", "Designer")
                .inDesigner());

        SessionControlException refused = raisedBy("system.sessions.kick('" + hosted + "')");
        assertThat(refused.kind()).isEqualTo(SessionControlException.Kind.NOT_KICKABLE);
        assertThat(refused.getMessage()).contains("includeDesigners=True");
        assertThat(perspective.session(hosted)).isPresent();

        Dataset outcome = script("system.sessions.kick('" + hosted
                + "', includeDesigners=True)");

        assertThat(outcome.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("closed");
        assertThat(perspective.session(hosted)).isEmpty();
        assertThat(rows(script("system.sessions.history()"), HistoryColumns.SESSION_ID,
                HistoryColumns.STATUS)).containsExactly(hosted + " closed");
    }

    @Test
    void kickIdleWithUnauthenticatedOnlyClosesOnlyTheSilentAnonymousSession() {
        String kiosk = perspective.open(Visitor.browser(null, "Plant", "Kiosk panel"));
        String quietBob = perspective.open(Visitor.browser("bob", "Plant", "Chrome 124"));
        String busyKiosk = perspective.open(Visitor.browser("", "Plant", "Lobby screen"));
        perspective.age(kiosk, Duration.ofMinutes(10));
        perspective.age(quietBob, Duration.ofMinutes(10));
        perspective.age(busyKiosk, Duration.ofMinutes(1));

        Dataset outcome = script("system.sessions.kickIdle(300, unauthenticatedOnly=True)");

        assertThat(rows(outcome, OutcomeColumns.SESSION_ID, OutcomeColumns.OUTCOME))
                .containsExactly(kiosk + " closed");
        assertThat(perspective.sessions()).extracting(SimulatedPerspective.Session::id)
                .containsExactlyInAnyOrder(quietBob, busyKiosk);
    }

    @Test
    void kickUserEndsTheUsersVisionClientAndPerspectiveSessionTogether() throws Exception {
        InProcessClient bobClient = InProcessClient.start(gateway, "bob", CLOCK);
        try {
            String bobWeb = perspective.open(Visitor.browser("bob", "Plant", "Chrome 124"));

            Dataset outcome = script("system.sessions.kickUser('bob', reason='Badge revoked')");
            bobClient.deliverPending();

            assertThat(rows(outcome, OutcomeColumns.SESSION_ID, OutcomeColumns.OUTCOME))
                    .containsExactlyInAnyOrder(bobClient.sessionId() + " sent",
                            bobWeb + " closed");
            assertThat(bobClient.awaitExit(EXIT_WAIT)).isPresent();
            assertThat(printed).containsExactly("[perspective bob] closed: Badge revoked");
        } finally {
            bobClient.close();
        }
    }

    @Test
    void gatewayWithoutPerspectiveSaysSoAndStillKicksVisionClients() throws Exception {
        try (SandboxGateway plain = SandboxGateway.builder(CLOCK).withoutPerspective().start()) {
            ScriptConsole plainConsole = ScriptConsole.create(plain.scriptModules(), Map.of());
            InProcessClient alice = InProcessClient.start(plain, "alice", CLOCK);
            try {
                Dataset outcome = plainConsole.evaluate("system.sessions.kick('"
                        + alice.sessionId() + "', reason='Maintenance')", Dataset.class);
                alice.deliverPending();

                assertThat(plain.perspective()).isEmpty();
                assertThat(plainConsole.evaluate("system.sessions.isPerspectivePresent()",
                        Boolean.class)).isFalse();
                assertThat(plainConsole.evaluate("hasattr(system, 'perspective')",
                        Boolean.class)).isFalse();
                assertThat(outcome.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("sent");
                assertThat(alice.awaitExit(EXIT_WAIT)).isPresent();
            } finally {
                alice.close();
            }
        }
    }

    private Dataset script(String expression) {
        return console.evaluate(expression, Dataset.class);
    }

    private SessionControlException raisedBy(String expression) {
        PyException raised = catchThrowableOfType(PyException.class,
                () -> console.evaluate(expression, Dataset.class));
        assertThat(raised).as("%s should raise", expression).isNotNull();
        Object cause = raised.value.__tojava__(Throwable.class);
        assertThat(cause).isInstanceOf(SessionControlException.class);
        return (SessionControlException) cause;
    }

    private static List<String> rows(Dataset table, String... columns) {
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(String.valueOf(table.getValueAt(row, column)));
            }
            rows.add(String.join(" ", cells));
        }
        return rows;
    }
}
