package dev.sessioncontrol.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.ignition.gateway.system.SystemManager;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.gateway.session.FakeSessions;
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockoutRegistrationTest {
    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock();
    private final FakeSessions sessions = new FakeSessions();
    private final GatewayHook hook = new GatewayHook(clock);
    private FakeSession admin;
    private FakeSession kicked;

    @BeforeEach
    void startGateway() {
        GatewayContext context = mock(GatewayContext.class);
        SystemManager systemManager = mock(SystemManager.class);
        when(context.getSystemManager()).thenReturn(systemManager);
        when(systemManager.getDataDir()).thenReturn(dataDir.toFile());
        when(context.getGatewaySessionManager()).thenReturn(sessions);
        hook.setup(context);

        admin = sessions.client("admin-1").user("boss").host("office-1").roles("Administrator")
                .add();
        kicked = sessions.client("c-1").user("Alice").host("hmi-7").add();
        assertThat(rpc(admin).register().refusal()).isEmpty();
        assertThat(rpc(kicked).register().refusal()).isEmpty();
    }

    @AfterEach
    void stopGateway() {
        hook.shutdown();
    }

    private SessionControlRpc rpc(FakeSession session) {
        return (SessionControlRpc) hook.getRPCHandler(session, "Plant");
    }

    /** Kicks the session through the administrator's RPC handler, then lets the client exit. */
    private void kickWithLockout(int minutes) {
        Dataset outcome = rpc(admin).kick("c-1", KickOptions.builder().reason("Line cleared")
                .lockoutMinutes(minutes).build());
        assertThat(outcome.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("sent");
        kicked.end();
    }

    @Test
    void aKickedUserComingBackIsRefusedNamingTheUserAndTheReason() {
        kickWithLockout(5);
        FakeSession returning = sessions.client("c-2").user("alice").host("hmi-8").add();

        Registration registration = rpc(returning).register();

        assertThat(registration.refusal()).hasValueSatisfying(r -> assertThat(r)
                .contains("alice").contains("Line cleared"));
        assertThat(registration.sessionId()).isEqualTo("c-2");
    }

    @Test
    void anotherUserOnTheKickedHostIsRefusedNamingTheHost() {
        kickWithLockout(5);
        FakeSession sameHost = sessions.client("c-2").user("bob").host("hmi-7").add();

        Registration registration = rpc(sameHost).register();

        assertThat(registration.refusal()).hasValueSatisfying(r -> assertThat(r)
                .contains("hmi-7"));
    }

    @Test
    void anotherUserOnAnotherHostIsAdmitted() {
        kickWithLockout(5);
        FakeSession stranger = sessions.client("c-2").user("bob").host("hmi-8").add();

        Registration registration = rpc(stranger).register();

        assertThat(registration.refusal()).isEmpty();
    }

    @Test
    void theUserIsAdmittedAgainOnceTheLockoutHasPassed() {
        kickWithLockout(5);
        clock.advance(Duration.ofMinutes(5));
        FakeSession returning = sessions.client("c-2").user("alice").host("hmi-7").add();

        Registration registration = rpc(returning).register();

        assertThat(registration.refusal()).isEmpty();
    }

    @Test
    void theUserIsStillRefusedJustBeforeTheLockoutEnds() {
        kickWithLockout(5);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        FakeSession returning = sessions.client("c-2").user("alice").host("hmi-7").add();

        Registration registration = rpc(returning).register();

        assertThat(registration.refusal()).isPresent();
    }

    @Test
    void aKickWithoutLockoutMinutesLocksNothing() {
        kickWithLockout(0);
        FakeSession returning = sessions.client("c-2").user("alice").host("hmi-7").add();

        Registration registration = rpc(returning).register();

        assertThat(registration.refusal()).isEmpty();
    }

    @Test
    void theRegistrationAnswerCarriesTheGatewayClock() {
        FakeSession fresh = sessions.client("c-3").user("carol").add();

        Registration registration = rpc(fresh).register();

        assertThat(registration.gatewayTimeMillis()).isEqualTo(clock.millis());
    }
}
