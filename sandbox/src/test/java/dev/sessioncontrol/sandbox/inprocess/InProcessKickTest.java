package dev.sessioncontrol.sandbox.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderSigner;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.platform.SandboxSession;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.python.core.PyException;

/**
 * End to end in one JVM: the real gateway hook on the in-memory platform, three clients each
 * running the real client hook, and {@code system.sessions} called through Jython as a gateway
 * script calls it.
 */
class InProcessKickTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-04T08:00:00Z"),
            ZoneOffset.UTC);
    // A bound, not a performance expectation: exits run on the client's scheduler thread.
    private static final Duration EXIT_WAIT = Duration.ofSeconds(20);
    private static final Duration NONE_EXPECTED = Duration.ofMillis(300);

    private final SecureRandom random = new SecureRandom();
    private SandboxGateway gateway;
    private ScriptConsole console;
    private InProcessClient alice;
    private InProcessClient bob;
    private InProcessClient carol;

    @BeforeEach
    void startGatewayAndClients() {
        gateway = SandboxGateway.start(CLOCK);
        console = ScriptConsole.create(
                Map.of(SessionControlModule.SCRIPT_NAMESPACE, gateway.scriptModule()), Map.of());
        alice = InProcessClient.start(gateway, "alice", CLOCK);
        bob = InProcessClient.start(gateway, "bob", CLOCK);
        carol = InProcessClient.start(gateway, "carol", CLOCK);
    }

    @AfterEach
    void stopEverything() {
        for (InProcessClient client : new InProcessClient[] {alice, bob, carol}) {
            if (client != null) {
                client.close();
            }
        }
        gateway.close();
    }

    @Test
    void kickThroughTheScriptModuleEndsExactlyThatClient() throws Exception {
        Dataset outcome = script("system.sessions.kick('" + bob.sessionId()
                + "', reason='Shift change')");
        deliverToAll();

        assertThat(outcome.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("sent");
        assertThat(bob.awaitExit(EXIT_WAIT)).contains(false);
        assertThat(bob.notices()).containsExactly("Shift change");
        assertThat(bob.answers()).extracting(Acknowledgement::answer)
                .containsExactly(Acknowledgement.Answer.EXITING);
        assertThat(alice.delivered()).isEmpty();
        assertThat(carol.delivered()).isEmpty();
        assertThat(alice.awaitExit(NONE_EXPECTED)).isEmpty();
        assertThat(carol.awaitExit(NONE_EXPECTED)).isEmpty();
        assertThat(historyStatuses()).containsExactly(
                bob.sessionId() + " acknowledged");
    }

    @Test
    void tokenSignedWithAnotherKeyEndsNoClientAndTheGatewayHearsTheRejection()
            throws Exception {
        String forged = sign(orderFor(carol.sessionId()), SessionKey.generate(random));

        push(carol, forged);
        deliverToAll();

        assertThat(carol.exits()).isEmpty();
        assertThat(carol.notices()).isEmpty();
        assertThat(rejections(carol)).containsExactly("BAD_SIGNATURE");
        assertThat(historyStatuses()).as("the ledger keeps no record of a forged order")
                .isEmpty();
        assertThat(kickableUsers()).containsExactlyInAnyOrder("alice", "bob", "carol");
    }

    @Test
    void tokenForAnotherSessionEndsNoClientEvenWhenSignedWithTheReceiversKey()
            throws Exception {
        String misdirected = sign(orderFor(alice.sessionId()), carol.registeredKey());

        push(carol, misdirected);
        deliverToAll();

        assertThat(carol.exits()).isEmpty();
        assertThat(alice.delivered()).isEmpty();
        assertThat(rejections(carol)).containsExactly("WRONG_SESSION");
        assertThat(historyStatuses()).isEmpty();
    }

    @Test
    void replayedValidTokenEndsNoFurtherClient() throws Exception {
        script("system.sessions.kick('" + alice.sessionId() + "', reason='First and only')");
        alice.deliverPending();
        assertThat(alice.awaitExit(EXIT_WAIT)).as("the genuine order").isPresent();
        String genuine = (String) alice.delivered().get(0).getMessage();

        push(alice, genuine);
        push(carol, genuine);
        deliverToAll();

        assertThat(alice.awaitExit(NONE_EXPECTED)).isEmpty();
        assertThat(alice.exits()).hasSize(1);
        assertThat(carol.exits()).isEmpty();
        assertThat(bob.exits()).isEmpty();
        assertThat(rejections(alice)).containsExactly("REPLAYED");
        assertThat(rejections(carol)).containsExactly("BAD_SIGNATURE");
        assertThat(historyStatuses()).as("the replay does not reopen or alter the order")
                .containsExactly(alice.sessionId() + " acknowledged");
    }

    @Test
    void unknownIdRaisesNotFoundAndChangesNothing() throws Exception {
        List<String> before = sessionRows();

        SessionControlException refused = raisedBy("system.sessions.kick('0BADC0DE')");
        deliverToAll();

        assertThat(refused.kind()).isEqualTo(SessionControlException.Kind.NOT_FOUND);
        assertThat(refused.getMessage()).contains("0BADC0DE").contains("system.sessions.list()");
        assertThat(sessionRows()).isEqualTo(before);
        assertThat(alice.delivered()).isEmpty();
        assertThat(bob.delivered()).isEmpty();
        assertThat(carol.delivered()).isEmpty();
        assertThat(historyStatuses()).isEmpty();
    }

    @Test
    void sessionWhoseClientNeverRegisteredIsNotKickable() throws Exception {
        SandboxSession dave = InProcessClient.loginWithoutModule(gateway, "dave");

        SessionControlException refused = raisedBy("system.sessions.kick('"
                + dave.getPublicId() + "')");

        assertThat(refused.kind()).isEqualTo(SessionControlException.Kind.NOT_KICKABLE);
        assertThat(refused.getMessage()).contains(dave.getPublicId()).contains("dave");
        assertThat(sessionRows()).contains(dave.getPublicId() + " dave kickable=false");
        assertThat(dave.awaitNotifications(Duration.ZERO)).isEmpty();
        assertThat(historyStatuses()).isEmpty();
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

    private void deliverToAll() throws InterruptedException {
        alice.deliverPending();
        bob.deliverPending();
        carol.deliverPending();
    }

    private TerminateOrder orderFor(String targetSessionId) {
        Instant now = CLOCK.instant();
        return TerminateOrder.builder()
                .targetSessionId(targetSessionId)
                .orderId(OrderId.random(random))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(60))
                .reason("Forged")
                .issuer("gateway")
                .build();
    }

    private static String sign(TerminateOrder order, SessionKey key) {
        return new OrderSigner().sign(order, key);
    }

    private static void push(InProcessClient client, String token) {
        client.session().addNotification(SessionControlModule.MODULE_ID,
                SessionControlModule.TERMINATE_MESSAGE_TYPE, token);
    }

    private static List<String> rejections(InProcessClient client) {
        return client.answers().stream()
                .filter(a -> a.answer() == Acknowledgement.Answer.REJECTED)
                .map(Acknowledgement::detail)
                .toList();
    }

    private List<String> historyStatuses() {
        Dataset history = script("system.sessions.history()");
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < history.getRowCount(); row++) {
            rows.add(history.getValueAt(row, HistoryColumns.SESSION_ID) + " "
                    + history.getValueAt(row, HistoryColumns.STATUS));
        }
        return rows;
    }

    private List<String> sessionRows() {
        Dataset sessions = script("system.sessions.list()");
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            rows.add(sessions.getValueAt(row, SessionColumns.ID) + " "
                    + sessions.getValueAt(row, SessionColumns.USER) + " kickable="
                    + sessions.getValueAt(row, SessionColumns.KICKABLE));
        }
        return rows;
    }

    private List<String> kickableUsers() {
        Dataset sessions = script("system.sessions.list()");
        List<String> users = new ArrayList<>();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (Boolean.TRUE.equals(sessions.getValueAt(row, SessionColumns.KICKABLE))) {
                users.add((String) sessions.getValueAt(row, SessionColumns.USER));
            }
        }
        return users;
    }

}
