package dev.sessioncontrol.client;

import static dev.sessioncontrol.client.Orders.anOrderIssuedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.gateway_interface.PushNotificationListener;
import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.Acknowledgement.Answer;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TerminationServiceTest {
    private static final Instant LOCAL_NOW = Orders.NOW;

    private final SessionKey key = Orders.aKey();
    private final SessionControlRpc gateway = mock(SessionControlRpc.class);
    private final GatewayConnection connection = mock(GatewayConnection.class);
    private final ClientContext context = mock(ClientContext.class);
    private final ClientPlatform platform = mock(ClientPlatform.class);
    private final RecordingNotice notice = new RecordingNotice();
    private final RecordingExit exit = new RecordingExit();
    private final TerminationService service = new TerminationService(platform);

    TerminationServiceTest() {
        when(platform.rpc()).thenReturn(gateway);
        when(platform.gatewayConnection()).thenReturn(connection);
        when(platform.clock()).thenReturn(Clock.fixed(LOCAL_NOW, ZoneOffset.UTC));
        when(platform.notice(context)).thenReturn(notice);
        when(platform.exit(context)).thenReturn(exit);
    }

    @AfterEach
    void stopService() {
        service.stop();
    }

    @Test
    void startRegistersAndReturnsTheSessionIdTheGatewayGave() {
        gatewayClockIs(LOCAL_NOW);

        String sessionId = service.start(context);

        verify(gateway).register();
        assertThat(sessionId).isEqualTo(Orders.SESSION_ID);
    }

    @Test
    void startAddsAListenerToTheConnection() {
        gatewayClockIs(LOCAL_NOW);

        service.start(context);

        verify(connection).addPushNotificationListener(any(TerminateListener.class));
    }

    @Test
    void orderSignedWithTheRegisteredKeyEndsTheClient() throws InterruptedException {
        gatewayClockIs(LOCAL_NOW);
        service.start(context);

        push(Orders.signed(anOrderIssuedAt(LOCAL_NOW).graceSeconds(0).force(true).build(), key));

        assertThat(exit.awaitExit()).isTrue();
        assertThat(exit.forceFlags()).containsExactly(true);
        assertThat(notice.shown()).hasSize(1);
    }

    @Test
    void orderSignedWithAnyOtherKeyIsRejected() {
        gatewayClockIs(LOCAL_NOW);
        service.start(context);

        push(Orders.signed(anOrderIssuedAt(LOCAL_NOW).graceSeconds(0).build(), Orders.aKey()));

        assertThat(lastAcknowledgement().answer()).isEqualTo(Answer.REJECTED);
        assertThat(lastAcknowledgement().detail()).isEqualTo("BAD_SIGNATURE");
        assertThat(notice.shown()).isEmpty();
    }

    @Test
    void orderTimedByAGatewayClockAheadOfOursIsAccepted() {
        Instant gatewayNow = LOCAL_NOW.plus(Duration.ofMinutes(5));
        gatewayClockIs(gatewayNow);
        service.start(context);

        TerminateOrder order = anOrderIssuedAt(gatewayNow).graceSeconds(60).build();
        push(Orders.signed(order, key));

        assertThat(lastAcknowledgement().answer()).isEqualTo(Answer.EXITING);
        assertThat(lastAcknowledgement().orderId()).contains(order.orderId().toHex());
    }

    @Test
    void orderTimedByAGatewayClockBehindOursIsAccepted() {
        Instant gatewayNow = LOCAL_NOW.minus(Duration.ofMinutes(10));
        gatewayClockIs(gatewayNow);
        service.start(context);

        push(Orders.signed(anOrderIssuedAt(gatewayNow).graceSeconds(60).build(), key));

        assertThat(lastAcknowledgement().answer()).isEqualTo(Answer.EXITING);
    }

    @Test
    void orderCurrentByOurClockButStaleByTheGatewaysIsRejectedAsExpired() {
        gatewayClockIs(LOCAL_NOW.plus(Duration.ofMinutes(10)));
        service.start(context);

        push(Orders.signed(anOrderIssuedAt(LOCAL_NOW).graceSeconds(60).build(), key));

        assertThat(lastAcknowledgement().answer()).isEqualTo(Answer.REJECTED);
        assertThat(lastAcknowledgement().detail()).isEqualTo("EXPIRED");
    }

    @Test
    void refusedSessionShowsTheReasonAndListensForNothing() {
        when(gateway.register()).thenReturn(Registration.refused(Orders.SESSION_ID, key,
                LOCAL_NOW.toEpochMilli(), "User bob is locked out until 13:00. Shift change"));

        service.start(context);

        assertThat(service.isRefused()).isTrue();
        assertThat(notice.shown()).singleElement().satisfies(shown -> assertThat(shown.reason)
                .isEqualTo("User bob is locked out until 13:00. Shift change"));
        verify(connection, never()).addPushNotificationListener(any());
    }

    @Test
    void refusedSessionExitsPastAnyInterceptScript() throws InterruptedException {
        when(gateway.register()).thenReturn(Registration.refused(Orders.SESSION_ID, key,
                LOCAL_NOW.toEpochMilli(), "Host hmi-07 is locked out."));

        service.start(context);

        assertThat(exit.awaitExit()).isTrue();
        assertThat(exit.forceFlags()).containsExactly(true);
    }

    @Test
    void admittedSessionIsNotRefused() {
        gatewayClockIs(LOCAL_NOW);

        service.start(context);

        assertThat(service.isRefused()).isFalse();
        assertThat(notice.shown()).isEmpty();
    }

    @Test
    void stopRemovesTheListenerThatStartAdded() {
        gatewayClockIs(LOCAL_NOW);
        service.start(context);
        PushNotificationListener added = addedListener();

        service.stop();

        verify(connection).removePushNotificationListener(added);
    }

    @Test
    void stopBeforeStartTouchesNoConnection() {
        service.stop();

        verify(connection, never()).removePushNotificationListener(any());
    }

    private void gatewayClockIs(Instant gatewayNow) {
        when(gateway.register()).thenReturn(
                new Registration(Orders.SESSION_ID, key, gatewayNow.toEpochMilli()));
    }

    private void push(String token) {
        addedListener().receiveNotification(
                new PushNotification("dev.sessioncontrol", "terminate", token));
    }

    private PushNotificationListener addedListener() {
        ArgumentCaptor<PushNotificationListener> added =
                ArgumentCaptor.forClass(PushNotificationListener.class);
        verify(connection).addPushNotificationListener(added.capture());
        return added.getValue();
    }

    private Acknowledgement lastAcknowledgement() {
        ArgumentCaptor<Acknowledgement> sent = ArgumentCaptor.forClass(Acknowledgement.class);
        verify(gateway, org.mockito.Mockito.atLeastOnce()).acknowledge(sent.capture());
        return sent.getValue();
    }
}
