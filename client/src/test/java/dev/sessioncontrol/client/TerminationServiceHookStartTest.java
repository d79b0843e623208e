package dev.sessioncontrol.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.model.ClientContext;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class TerminationServiceHookStartTest {
    private final SessionControlRpc gateway = mock(SessionControlRpc.class);
    private final GatewayConnection connection = mock(GatewayConnection.class);
    private final ClientPlatform platform = mock(ClientPlatform.class);

    @Test
    void aFailedRegistrationLeavesTheProgramRunningAndListeningToNothing() {
        when(platform.rpc()).thenReturn(gateway);
        when(platform.clock()).thenReturn(Clock.systemUTC());
        when(platform.gatewayConnection()).thenReturn(connection);
        when(gateway.register()).thenThrow(new IllegalStateException("gateway unreachable"));

        boolean registered = new TerminationService(platform)
                .startFromHook(mock(ClientContext.class), "client");

        assertThat(registered).isFalse();
        verify(connection, never()).addPushNotificationListener(any());
    }
}
