package dev.sessioncontrol.gateway;

import static dev.sessioncontrol.gateway.session.PlatformSessions.aClient;
import static dev.sessioncontrol.gateway.session.PlatformSessions.tokenQueuedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.ignition.gateway.system.SystemManager;
import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.Verdict;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.gateway.session.LiveSessions;
import java.io.File;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the RPC handlers the way the gateway does: one per call, for the calling session. */
class SessionControlRpcHandlerTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LiveSessions sessions = new LiveSessions();
    private final KickOptions options =
            KickOptions.builder().reason("Shift change").graceSeconds(30).build();
    private final GatewayHook hook = new GatewayHook(clock);

    @TempDir
    File dataFolder;

    private ClientReqSession admin;
    private ClientReqSession operator;
    private ClientReqSession target;

    @BeforeEach
    void setUpTheGateway() {
        SystemManager system = mock(SystemManager.class);
        when(system.getDataDir()).thenReturn(dataFolder);
        GatewayContext context = mock(GatewayContext.class);
        when(context.getGatewaySessionManager()).thenReturn(sessions);
        when(context.getSystemManager()).thenReturn(system);
        hook.setup(context);

        admin = sessions.add(aClient("A1").user("maria").roles("Administrator"));
        operator = sessions.add(aClient("O1").user("olga").roles("Operator"));
        target = sessions.add(aClient("S1").user("bob"));
    }

    @AfterEach
    void shutDownTheGateway() {
        hook.shutdown();
    }

    @Test
    void registerIssuesAKeyBoundToTheCallersOwnSession() {
        Registration registration = rpcOf(target).register();

        rpcOf(admin).kick("S1", options);

        assertThat(registration.sessionId()).isEqualTo("S1");
        Verdict verdict = verifierOf(registration).verify(tokenQueuedFor(target));
        assertThat(verdict.isAccepted()).as("verdict %s", verdict).isTrue();
        TerminateOrder order = verdict.order();
        assertThat(order.targetSessionId()).isEqualTo("S1");
        assertThat(order.issuer()).isEqualTo("maria");
        assertThat(order.reason()).isEqualTo("Shift change");
    }

    @Test
    void registerTellsTheGatewayClock() {
        Registration registration = rpcOf(target).register();

        assertThat(registration.gatewayTimeMillis()).isEqualTo(NOW.toEpochMilli());
        assertThat(registration.refusal()).isEmpty();
    }

    @Test
    void keyOfOneSessionDoesNotVerifyOrdersForAnother() {
        Registration operatorsRegistration = rpcOf(operator).register();
        rpcOf(target).register();

        rpcOf(admin).kick("S1", options);

        OrderVerifier operatorsVerifier = OrderVerifier.builder().sessionId("S1")
                .key(operatorsRegistration.key()).clock(clock).build();
        assertThat(operatorsVerifier.verify(tokenQueuedFor(target)).isAccepted()).isFalse();
        assertThat(operatorsRegistration.sessionId()).isEqualTo("O1");
    }

    @Test
    void sessionThatNeverRegisteredCannotBeKicked() {
        SessionControlException refused = refusal(() -> rpcOf(admin).kick("S1", options));

        assertThat(refused.kind()).isEqualTo(Kind.NOT_KICKABLE);
        verify(target, never()).addNotification(anyString(), anyString(), any());
    }

    @Test
    void adminSessionMayKickAnotherSession() {
        rpcOf(target).register();

        Dataset result = rpcOf(admin).kick("S1", options);

        assertThat(result.getRowCount()).isEqualTo(1);
        assertThat(result.getValueAt(0, OutcomeColumns.SESSION_ID)).isEqualTo("S1");
        assertThat(result.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("sent");
        assertThat(tokenQueuedFor(target)).isNotBlank();
    }

    @Test
    void sessionWithoutAKickRoleIsDenied() {
        rpcOf(target).register();

        SessionControlException refused = refusal(() -> rpcOf(operator).kick("S1", options));

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
        assertThat(refused.getMessage()).contains("olga");
        verify(target, never()).addNotification(anyString(), anyString(), any());
    }

    @Test
    void sessionWithoutAUserIsDenied() {
        ClientReqSession anonymous = sessions.add(aClient("N1").withoutUser());
        rpcOf(target).register();

        SessionControlException refused = refusal(() -> rpcOf(anonymous).kick("S1", options));

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
        verify(target, never()).addNotification(anyString(), anyString(), any());
    }

    @Test
    void sessionWithoutAKickRoleMayNotListSessions() {
        SessionControlException refused = refusal(
                () -> rpcOf(operator).listSessions(SessionFilter.all()));

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
    }

    @Test
    void listingMarksTheCallersOwnSession() {
        Dataset listing = rpcOf(admin).listSessions(SessionFilter.all());

        for (int row = 0; row < listing.getRowCount(); row++) {
            boolean self = "A1".equals(listing.getValueAt(row, SessionColumns.ID));
            assertThat(listing.getValueAt(row, SessionColumns.SELF)).isEqualTo(self);
        }
        assertThat(listing.getRowCount()).isEqualTo(3);
    }

    @Test
    void acknowledgementCountsOnlyWhenItComesFromTheTargetSession() {
        rpcOf(target).register();
        String orderId = (String) rpcOf(admin).kick("S1", options)
                .getValueAt(0, OutcomeColumns.ORDER_ID);

        rpcOf(operator).acknowledge(Acknowledgement.rejected(orderId, "BAD_SIGNATURE"));
        String afterOther = statusOf(orderId);
        rpcOf(target).acknowledge(Acknowledgement.exiting(orderId));

        assertThat(afterOther).isEqualTo("sent");
        assertThat(statusOf(orderId)).isEqualTo("acknowledged");
    }

    @Test
    void rejectionFromTheTargetIsRecordedWithItsReason() {
        rpcOf(target).register();
        String orderId = (String) rpcOf(admin).kick("S1", options)
                .getValueAt(0, OutcomeColumns.ORDER_ID);

        rpcOf(target).acknowledge(Acknowledgement.rejected(orderId, "EXPIRED"));

        Dataset history = rpcOf(admin).history(1);
        assertThat(history.getValueAt(0, HistoryColumns.STATUS)).isEqualTo("rejected");
        assertThat(history.getValueAt(0, HistoryColumns.DETAIL)).isEqualTo("EXPIRED");
    }

    @Test
    void emptyAcknowledgementIsIgnored() {
        assertThatCode(() -> rpcOf(target).acknowledge(null)).doesNotThrowAnyException();
    }

    private SessionControlRpc rpcOf(ClientReqSession session) {
        return (SessionControlRpc) hook.getRPCHandler(session, "Plant");
    }

    private OrderVerifier verifierOf(Registration registration) {
        return OrderVerifier.builder().sessionId(registration.sessionId())
                .key(registration.key()).clock(clock).build();
    }

    private String statusOf(String orderId) {
        Dataset history = rpcOf(admin).history(100);
        for (int row = 0; row < history.getRowCount(); row++) {
            if (orderId.equals(history.getValueAt(row, HistoryColumns.ORDER_ID))) {
                return (String) history.getValueAt(row, HistoryColumns.STATUS);
            }
        }
        throw new AssertionError("order " + orderId + " is not in the history");
    }

    private static SessionControlException refusal(Runnable call) {
        SessionControlException refused =
                catchThrowableOfType(call::run, SessionControlException.class);
        assertThat(refused).as("a SessionControlException").isNotNull();
        return refused;
    }
}
