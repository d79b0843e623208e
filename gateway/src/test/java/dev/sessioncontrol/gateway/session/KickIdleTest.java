package dev.sessioncontrol.gateway.session;

import static dev.sessioncontrol.gateway.session.PlatformSessions.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import dev.sessioncontrol.gateway.perspective.FakePerspective;
import dev.sessioncontrol.gateway.perspective.FakePerspective.Closing;
import dev.sessioncontrol.gateway.perspective.JythonScriptManager;
import dev.sessioncontrol.gateway.perspective.PerspectiveSessions;
import dev.sessioncontrol.gateway.perspective.ScriptedPerspectiveSessions;
import dev.sessioncontrol.gateway.perspective.SessionInfo;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kickIdle}: only sessions silent long enough, Vision and Perspective alike. */
class KickIdleTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final int IDLE_SECONDS = 300;
    private static final KickOptions IDLE = KickOptions.builder().reason("Idle too long")
            .build();

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LiveSessions vision = new LiveSessions();
    private final SessionKeyStore keys = new SessionKeyStore(new SecureRandom());
    private final JythonScriptManager scripts = JythonScriptManager.withPerspective();
    private final FakePerspective perspective = scripts.perspective();
    private final PerspectiveSessions perspectiveSessions =
            new ScriptedPerspectiveSessions(scripts);
    private final SessionRegistry registry =
            new SessionRegistry(vision, keys, perspectiveSessions, clock);
    private final OrderLedger ledger = new OrderLedger(100, clock);
    private final KickService service = KickService.builder()
            .registry(registry)
            .keys(keys)
            .policy(KickPolicy.defaults())
            .ledger(ledger)
            .rateLimiter(new KickRateLimiter(1000, Duration.ofMinutes(1), clock))
            .lockouts(new Lockouts(clock))
            .perspective(perspectiveSessions)
            .random(new SecureRandom())
            .clock(clock)
            .orderLifetime(Duration.ofMinutes(2))
            .build();
    private final Caller admin = Caller.of("maria", "admin-1", List.of("Administrator"));

    /** Adds a registered Vision client last heard from the given time ago. */
    private ClientReqSession visionClient(PlatformSessions.Builder session, Duration silent) {
        ClientReqSession added = vision.add(session
                .times(NOW.minus(Duration.ofHours(2)), NOW.minus(silent)));
        keys.issue(added.getPublicId());
        return added;
    }

    private static SessionInfo perspectiveSession(String id, Duration silent) {
        return SessionInfo.browser(id).user("bob").uptimeMillis(Duration.ofHours(2).toMillis())
                .lastCommMillis(silent.toMillis());
    }

    private static Map<String, KickResult> bySession(List<KickResult> results) {
        return results.stream().collect(Collectors.toMap(KickResult::sessionId,
                Function.identity()));
    }

    @Test
    void onlySessionsSilentForAtLeastIdleSecondsAreTargeted() {
        Duration limit = Duration.ofSeconds(IDLE_SECONDS);
        visionClient(aClient("v-long"), limit.multipliedBy(2));
        visionClient(aClient("v-edge"), limit);
        ClientReqSession recent = visionClient(aClient("v-recent"), limit.minusMillis(1));
        perspective.add(perspectiveSession("p-long", limit.multipliedBy(2)),
                perspectiveSession("p-edge", limit),
                perspectiveSession("p-recent", limit.minusMillis(1)));

        List<KickResult> results = service.kickIdle(admin, IDLE_SECONDS, false, IDLE);

        Map<String, KickResult> rows = bySession(results);
        assertThat(rows).containsOnlyKeys("v-long", "v-edge", "p-long", "p-edge");
        assertThat(rows.get("v-long").outcome()).isEqualTo(KickOutcome.SENT);
        assertThat(rows.get("v-edge").outcome()).isEqualTo(KickOutcome.SENT);
        assertThat(rows.get("p-long").outcome()).isEqualTo(KickOutcome.CLOSED);
        assertThat(rows.get("p-edge").outcome()).isEqualTo(KickOutcome.CLOSED);
        verify(recent, never()).addNotification(anyString(), anyString(), any());
        assertThat(perspective.closings()).extracting(Closing::sessionId)
                .containsExactlyInAnyOrder("p-long", "p-edge");
    }

    @Test
    void whenEverySessionIsActiveNothingIsKicked() {
        ClientReqSession active = visionClient(aClient("v-1"), Duration.ofSeconds(5));
        perspective.add(perspectiveSession("p-1", Duration.ofSeconds(5)));

        List<KickResult> results = service.kickIdle(admin, IDLE_SECONDS, false, IDLE);

        assertThat(results).isEmpty();
        verify(active, never()).addNotification(anyString(), anyString(), any());
        assertThat(perspective.closings()).isEmpty();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void unauthenticatedOnlyLeavesLoggedInUsersAlone() {
        Duration silent = Duration.ofSeconds(IDLE_SECONDS * 2L);
        visionClient(aClient("v-anonymous").withoutUser(), silent);
        ClientReqSession alice = visionClient(aClient("v-alice").user("alice"), silent);
        perspective.add(perspectiveSession("p-anonymous", silent).user("Unauthenticated"),
                perspectiveSession("p-bob", silent).user("bob"));

        List<KickResult> results = service.kickIdle(admin, IDLE_SECONDS, true, IDLE);

        Map<String, KickResult> rows = bySession(results);
        assertThat(rows).containsOnlyKeys("v-anonymous", "p-anonymous");
        assertThat(rows.get("v-anonymous").outcome()).isEqualTo(KickOutcome.SENT);
        assertThat(rows.get("p-anonymous").outcome()).isEqualTo(KickOutcome.CLOSED);
        verify(alice, never()).addNotification(anyString(), anyString(), any());
        assertThat(perspective.closings()).extracting(Closing::sessionId)
                .containsExactly("p-anonymous");
    }

    @Test
    void withoutUnauthenticatedOnlyIdleLoggedInUsersAreKickedToo() {
        Duration silent = Duration.ofSeconds(IDLE_SECONDS * 2L);
        visionClient(aClient("v-anonymous").withoutUser(), silent);
        visionClient(aClient("v-alice").user("alice"), silent);
        perspective.add(perspectiveSession("p-bob", silent).user("bob"));

        List<KickResult> results = service.kickIdle(admin, IDLE_SECONDS, false, IDLE);

        assertThat(results).extracting(KickResult::sessionId)
                .containsExactlyInAnyOrder("v-anonymous", "v-alice", "p-bob");
    }

    @Test
    void anIdleSessionInADesignerIsReportedNotKickableWithoutIncludeDesigners() {
        Duration silent = Duration.ofSeconds(IDLE_SECONDS * 2L);
        perspective.add(SessionInfo.inDesigner("p-d").lastCommMillis(silent.toMillis()));

        List<KickResult> results = service.kickIdle(admin, IDLE_SECONDS, false, IDLE);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.sessionId()).isEqualTo("p-d");
            assertThat(r.outcome()).isEqualTo(KickOutcome.NOT_KICKABLE);
        });
        assertThat(perspective.closings()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void idleSecondsBelowOneIsAnInvalidArgument(int idleSeconds) {
        ClientReqSession idle = visionClient(aClient("v-1"), Duration.ofDays(1));
        perspective.add(perspectiveSession("p-1", Duration.ofDays(1)));

        SessionControlException refused = catchThrowableOfType(
                () -> service.kickIdle(admin, idleSeconds, false, IDLE),
                SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
        assertThat(refused.getMessage()).contains(String.valueOf(idleSeconds));
        verify(idle, never()).addNotification(anyString(), anyString(), any());
        assertThat(perspective.closings()).isEmpty();
    }

    @Test
    void aCallerWithoutTheKickRoleIsDenied() {
        ClientReqSession idle = visionClient(aClient("v-1"), Duration.ofDays(1));
        perspective.add(perspectiveSession("p-1", Duration.ofDays(1)));
        Caller operator = Caller.of("olaf", "c-9", List.of("Operator"));

        SessionControlException refused = catchThrowableOfType(
                () -> service.kickIdle(operator, IDLE_SECONDS, false, IDLE),
                SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
        verify(idle, never()).addNotification(anyString(), anyString(), any());
        assertThat(perspective.closings()).isEmpty();
    }

    @Test
    void throughTheCallersOperationsEachIdleSessionGetsAnOutcomeRow() {
        Duration silent = Duration.ofSeconds(IDLE_SECONDS * 2L);
        visionClient(aClient("v-1"), silent);
        perspective.add(perspectiveSession("p-1", silent));
        CallerOperations operations = new CallerOperations(admin, registry,
                KickPolicy.defaults(), service, ledger, clock);

        Dataset outcomes = operations.kickIdle(IDLE_SECONDS, false, IDLE);

        List<String> rows = new ArrayList<>();
        for (int row = 0; row < outcomes.getRowCount(); row++) {
            rows.add(outcomes.getValueAt(row, OutcomeColumns.SESSION_ID) + "="
                    + outcomes.getValueAt(row, OutcomeColumns.OUTCOME));
        }
        assertThat(rows).containsExactlyInAnyOrder("v-1=sent", "p-1=closed");
    }
}
