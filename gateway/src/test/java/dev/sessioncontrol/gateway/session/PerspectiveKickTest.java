package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.Verdict;
import dev.sessioncontrol.common.rpc.HistoryColumns;
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
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Kicking Perspective sessions: closed by the gateway with the reason, and recorded. */
class PerspectiveKickTest {
    private static final KickOptions SHIFT_CHANGE = KickOptions.builder()
            .reason("Shift change").graceSeconds(30).build();

    private final ManualClock clock = new ManualClock();
    private final FakeSessions vision = new FakeSessions();
    private final JythonScriptManager scripts = JythonScriptManager.withPerspective();
    private final FakePerspective perspective = scripts.perspective();
    private final PerspectiveSessions perspectiveSessions =
            new ScriptedPerspectiveSessions(scripts);
    private final SessionRegistry registry =
            new SessionRegistry(vision, vision.keys(), perspectiveSessions, clock);
    private final OrderLedger ledger = new OrderLedger(100, clock);
    private final Caller admin = Caller.of("maria", "admin-1", List.of("Administrator"));

    private KickService service() {
        return service(new KickRateLimiter(1000, Duration.ofMinutes(1), clock));
    }

    private KickService service(KickRateLimiter rateLimiter) {
        return vision.kickService(clock).registry(registry).perspective(perspectiveSessions)
                .ledger(ledger).rateLimiter(rateLimiter).build();
    }

    private CallerOperations operationsOf(Caller caller) {
        return new CallerOperations(caller, registry, KickPolicy.defaults(), service(), ledger,
                clock);
    }

    private static Map<String, KickResult> bySession(List<KickResult> results) {
        return results.stream().collect(Collectors.toMap(KickResult::sessionId,
                Function.identity()));
    }

    @Test
    void kickClosesThePerspectiveSessionWithTheReason() {
        perspective.add(SessionInfo.browser("p-1").user("bob"), SessionInfo.browser("p-2"));

        KickResult result = service().kick(admin, "p-1", SHIFT_CHANGE);

        assertThat(result.outcome()).isEqualTo(KickOutcome.CLOSED);
        assertThat(result.sessionId()).isEqualTo("p-1");
        assertThat(result.user()).isEqualTo("bob");
        assertThat(result.orderId()).hasValueSatisfying(id -> assertThat(id)
                .matches("[0-9a-f]{32}"));
        assertThat(perspective.closings()).containsExactly(new Closing("p-1", "Shift change"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aKickWithoutReasonClosesWithTheSameDefaultSentenceItRecords(String reason) {
        perspective.add(SessionInfo.browser("p-1"));

        KickResult result = service().kick(admin, "p-1",
                KickOptions.builder().reason(reason).build());

        assertThat(perspective.closings()).singleElement().satisfies(closing -> {
            assertThat(closing.sessionId()).isEqualTo("p-1");
            assertThat(closing.message()).isNotBlank();
            assertThat(ledger.recent(1)).singleElement().satisfies(entry -> {
                assertThat(entry.orderId()).isEqualTo(result.orderId().get());
                assertThat(entry.reason()).isEqualTo(closing.message());
            });
        });
    }

    @Test
    void theClosingIsInTheHistoryAsClosedWithTheCallerAsIssuer() {
        perspective.add(SessionInfo.browser("p-1").user("bob"));
        CallerOperations operations = operationsOf(admin);

        Dataset outcome = operations.kick("p-1", SHIFT_CHANGE);
        Dataset history = operations.history(10);

        assertThat(outcome.getRowCount()).isEqualTo(1);
        assertThat(outcome.getValueAt(0, OutcomeColumns.OUTCOME)).isEqualTo("closed");
        Object orderId = outcome.getValueAt(0, OutcomeColumns.ORDER_ID);
        assertThat(orderId).isNotNull();
        assertThat(history.getRowCount()).isEqualTo(1);
        assertThat(history.getValueAt(0, HistoryColumns.ORDER_ID)).isEqualTo(orderId);
        assertThat(history.getValueAt(0, HistoryColumns.STATUS)).isEqualTo("closed");
        assertThat(history.getValueAt(0, HistoryColumns.ISSUER)).isEqualTo("maria");
        assertThat(history.getValueAt(0, HistoryColumns.SESSION_ID)).isEqualTo("p-1");
        assertThat(history.getValueAt(0, HistoryColumns.USER)).isEqualTo("bob");
        assertThat(history.getValueAt(0, HistoryColumns.REASON)).isEqualTo("Shift change");
        assertThat(ledger.status((String) orderId)).contains(OrderStatus.CLOSED);
    }

    @Test
    void closingAPerspectiveSessionPushesNothingToAnySession() {
        vision.client("c-1").user("bob").registered().add();
        vision.client("c-2").user("alice").registered().add();
        perspective.add(SessionInfo.browser("p-1").user("bob"));

        service().kick(admin, "p-1", SHIFT_CHANGE);

        assertThat(vision.notificationCount()).isZero();
        assertThat(perspective.closings()).hasSize(1);
    }

    @Test
    void aCallerWithoutTheKickRoleIsDeniedAndNothingIsClosed() {
        perspective.add(SessionInfo.browser("p-1").user("bob"));
        Caller operator = Caller.of("olaf", "c-9", List.of("Operator"));

        SessionControlException refused = catchThrowableOfType(
                () -> service().kick(operator, "p-1", SHIFT_CHANGE),
                SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
        assertThat(perspective.closings()).isEmpty();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void aCallerWithoutTheKickRoleIsDeniedForTheUsersPerspectiveSessionsToo() {
        perspective.add(SessionInfo.browser("p-1").user("bob"));
        Caller operator = Caller.of("olaf", "c-9", List.of("Operator"));

        SessionControlException refused = catchThrowableOfType(
                () -> service().kickUser(operator, "bob", SHIFT_CHANGE, null),
                SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
        assertThat(perspective.closings()).isEmpty();
    }

    @Test
    void kicksPastTheRateLimitAreRefusedAndCloseNothing() {
        perspective.add(SessionInfo.browser("p-1"), SessionInfo.browser("p-2"));
        KickService limited = service(new KickRateLimiter(1, Duration.ofMinutes(1), clock));
        limited.kick(admin, "p-1", SHIFT_CHANGE);

        SessionControlException refused = catchThrowableOfType(
                () -> limited.kick(admin, "p-2", SHIFT_CHANGE), SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(perspective.closings()).extracting(Closing::sessionId)
                .containsExactly("p-1");
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void aSessionInADesignerIsNotKickedAloneWithoutIncludeDesigners() {
        perspective.add(SessionInfo.inDesigner("p-d").user("dev"));

        SessionControlException refused = catchThrowableOfType(
                () -> service().kick(admin, "p-d", SHIFT_CHANGE),
                SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.NOT_KICKABLE);
        assertThat(refused.getMessage()).contains("includeDesigners");
        assertThat(perspective.closings()).isEmpty();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void aSessionInADesignerIsReportedNotKickableInABulkKick() {
        perspective.add(SessionInfo.inDesigner("p-d").user("dev"),
                SessionInfo.browser("p-b").user("dev"));

        Dataset outcomes = operationsOf(admin).kickUser("dev", SHIFT_CHANGE, null);

        Map<Object, Object> outcomeById = new HashMap<>();
        for (int row = 0; row < outcomes.getRowCount(); row++) {
            outcomeById.put(outcomes.getValueAt(row, OutcomeColumns.SESSION_ID),
                    outcomes.getValueAt(row, OutcomeColumns.OUTCOME));
        }
        assertThat(outcomeById).containsOnly(Map.entry("p-d", "not_kickable"),
                Map.entry("p-b", "closed"));
        assertThat(perspective.closings()).extracting(Closing::sessionId)
                .containsExactly("p-b");
    }

    @Test
    void aSessionInADesignerIsClosedWithIncludeDesigners() {
        perspective.add(SessionInfo.inDesigner("p-d").user("dev"));

        KickResult result = service().kick(admin, "p-d", KickOptions.builder()
                .reason("Release").includeDesigners(true).build());

        assertThat(result.outcome()).isEqualTo(KickOutcome.CLOSED);
        assertThat(perspective.closings()).containsExactly(new Closing("p-d", "Release"));
    }

    @Test
    void kickUserEndsTheUsersVisionClientAndPerspectiveSessionTogether() {
        FakeSession client = vision.client("c-1").user("bob").registered().add();
        FakeSession other = vision.client("c-2").user("alice").registered().add();
        perspective.add(SessionInfo.browser("p-1").user("Bob"),
                SessionInfo.browser("p-2").user("alice"));

        List<KickResult> results = service().kickUser(admin, "bob", SHIFT_CHANGE, null);

        Map<String, KickResult> rows = bySession(results);
        assertThat(results).hasSize(2);
        assertThat(rows).containsOnlyKeys("c-1", "p-1");
        assertThat(rows.get("c-1").outcome()).isEqualTo(KickOutcome.SENT);
        List<Verdict> verdicts = client.verdicts(clock);
        assertThat(verdicts).singleElement().satisfies(verdict -> {
            assertThat(verdict.isAccepted()).as("verdict %s", verdict).isTrue();
            assertThat(verdict.order().orderId().toHex())
                    .isEqualTo(rows.get("c-1").orderId().get());
            assertThat(verdict.order().reason()).isEqualTo("Shift change");
        });
        assertThat(rows.get("p-1").outcome()).isEqualTo(KickOutcome.CLOSED);
        assertThat(perspective.closings()).containsExactly(new Closing("p-1", "Shift change"));
        assertThat(other.notifications()).isEmpty();
        assertThat(ledger.status(rows.get("c-1").orderId().get())).contains(OrderStatus.SENT);
        assertThat(ledger.status(rows.get("p-1").orderId().get()))
                .contains(OrderStatus.CLOSED);
    }

    @Test
    void kickAllOfAProjectClosesItsPerspectiveSessions() {
        perspective.add(SessionInfo.browser("p-1").project("Yard"),
                SessionInfo.browser("p-2").project("Plant"));

        List<KickResult> results = service().kickAll(admin, "Yard", SHIFT_CHANGE);

        assertThat(results).extracting(KickResult::sessionId).containsExactly("p-1");
        assertThat(perspective.closings()).containsExactly(new Closing("p-1", "Shift change"));
    }

    @Test
    void aClosingPerspectiveRefusesIsReportedAndNotRecordedAsClosed() {
        perspective.add(SessionInfo.browser("p-1"));
        perspective.failClosing();

        KickResult result = service().kick(admin, "p-1", SHIFT_CHANGE);

        assertThat(result.outcome()).isEqualTo(KickOutcome.NOT_KICKABLE);
        assertThat(result.orderId()).isEmpty();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void anIdKnownNeitherToVisionNorToPerspectiveIsNotFound() {
        perspective.add(SessionInfo.browser("p-1"));

        SessionControlException refused = catchThrowableOfType(
                () -> service().kick(admin, "p-404", SHIFT_CHANGE),
                SessionControlException.class);

        assertThat(refused.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(perspective.closings()).isEmpty();
    }
}
