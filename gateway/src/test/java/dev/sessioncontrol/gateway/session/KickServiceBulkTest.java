package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.Verdict;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class KickServiceBulkTest {
    private static final KickOptions PLAIN = KickOptions.builder().reason("Shift change")
            .graceSeconds(30).build();

    private final ManualClock clock = new ManualClock();
    private final FakeSessions sessions = new FakeSessions();
    private final OrderLedger ledger = new OrderLedger(1000, clock);
    private KickService service;

    @BeforeEach
    void wire() {
        service = sessions.kickService(clock).ledger(ledger).build();
    }

    private FakeSession admin() {
        return sessions.client("admin-1").user("boss").roles("Administrator").registered()
                .add();
    }

    private static Map<String, KickResult> bySession(List<KickResult> results) {
        return results.stream().collect(Collectors.toMap(KickResult::sessionId,
                Function.identity()));
    }

    /** Asserts the session holds exactly one order, signed with its key, with this id. */
    private void assertOneVerifiedOrder(FakeSession session, KickResult result) {
        assertThat(result.outcome()).isEqualTo(KickOutcome.SENT);
        List<Verdict> verdicts = session.verdicts(clock);
        assertThat(verdicts).hasSize(1);
        assertThat(verdicts.get(0).isAccepted()).as("verdict %s", verdicts.get(0)).isTrue();
        assertThat(verdicts.get(0).order().orderId().toHex()).isEqualTo(result.orderId().get());
        assertThat(session.notifications()).allMatch(FakeSessions::isTerminateOrder);
    }

    @Nested
    class KickUser {
        @Test
        void targetsEverySessionOfThatUserWhateverTheCase() {
            FakeSession first = sessions.client("c-1").user("Alice").registered().add();
            FakeSession second = sessions.client("c-2").user("ALICE").registered().add();
            FakeSession other = sessions.client("c-3").user("bob").registered().add();

            List<KickResult> results = service.kickUser(Caller.gateway(), "alice", PLAIN, null);

            Map<String, KickResult> rows = bySession(results);
            assertThat(rows).containsOnlyKeys("c-1", "c-2");
            assertOneVerifiedOrder(first, rows.get("c-1"));
            assertOneVerifiedOrder(second, rows.get("c-2"));
            assertThat(other.notifications()).isEmpty();
        }

        @Test
        void leavesTheExceptedSessionAlone() {
            FakeSession kept = sessions.client("c-1").user("alice").registered().add();
            FakeSession kicked = sessions.client("c-2").user("alice").registered().add();

            List<KickResult> results = service.kickUser(Caller.gateway(), "alice", PLAIN, "c-1");

            assertThat(results).extracting(KickResult::sessionId).containsExactly("c-2");
            assertOneVerifiedOrder(kicked, results.get(0));
            assertThat(kept.notifications()).isEmpty();
        }

        @Test
        void skipsTheCallersOwnSessionAndSaysHowToIncludeIt() {
            FakeSession own = sessions.client("c-1").user("boss").roles("Administrator")
                    .registered().add();
            FakeSession other = sessions.client("c-2").user("boss").registered().add();

            List<KickResult> results = service.kickUser(own.caller(), "boss", PLAIN, null);

            Map<String, KickResult> rows = bySession(results);
            assertThat(rows.get("c-1").outcome()).isEqualTo(KickOutcome.SKIPPED_SELF);
            assertThat(rows.get("c-1").detail()).contains("includeSelf");
            assertThat(rows.get("c-1").orderId()).isEmpty();
            assertThat(own.notifications()).isEmpty();
            assertOneVerifiedOrder(other, rows.get("c-2"));
        }

        @Test
        void endsTheCallersOwnSessionWhenIncludeSelfIsSet() {
            FakeSession own = sessions.client("c-1").user("boss").roles("Administrator")
                    .registered().add();
            KickOptions withSelf = KickOptions.builder().includeSelf(true).build();

            List<KickResult> results = service.kickUser(own.caller(), "boss", withSelf, null);

            assertThat(results).hasSize(1);
            assertOneVerifiedOrder(own, results.get(0));
        }

        @Test
        void reportsDesignersAsNotKickableNamingIncludeDesigners() {
            FakeSession client = sessions.client("c-1").user("alice").registered().add();
            FakeSession designer = sessions.designer("d-1").user("alice").registered().add();

            List<KickResult> results = service.kickUser(Caller.gateway(), "alice", PLAIN, null);

            Map<String, KickResult> rows = bySession(results);
            assertThat(rows.get("d-1").outcome()).isEqualTo(KickOutcome.NOT_KICKABLE);
            assertThat(rows.get("d-1").detail()).contains("includeDesigners");
            assertThat(designer.notifications()).isEmpty();
            assertOneVerifiedOrder(client, rows.get("c-1"));
        }

        @Test
        void endsDesignersWhenIncludeDesignersIsSet() {
            FakeSession designer = sessions.designer("d-1").user("alice").registered().add();
            KickOptions withDesigners = KickOptions.builder().includeDesigners(true).build();

            List<KickResult> results = service.kickUser(Caller.gateway(), "alice",
                    withDesigners, null);

            assertOneVerifiedOrder(designer, results.get(0));
        }

        @Test
        void reportsUnregisteredSessionsAsNotKickable() {
            FakeSession unregistered = sessions.client("c-1").user("alice").add();

            List<KickResult> results = service.kickUser(Caller.gateway(), "alice", PLAIN, null);

            assertThat(results).hasSize(1);
            assertThat(results.get(0).outcome()).isEqualTo(KickOutcome.NOT_KICKABLE);
            assertThat(results.get(0).detail()).contains("not registered");
            assertThat(unregistered.notifications()).isEmpty();
        }

        @Test
        void givesOneRowPerSessionAndQueuesOrdersOnlyForTheSentOnes() {
            FakeSession own = sessions.client("c-own").user("alice").roles("Administrator")
                    .registered().add();
            sessions.client("c-sent-1").user("alice").registered().add();
            sessions.client("c-sent-2").user("Alice").registered().add();
            sessions.client("c-plain").user("alice").add();
            sessions.designer("d-1").user("alice").registered().add();
            sessions.client("c-bob").user("bob").registered().add();

            List<KickResult> results = service.kickUser(own.caller(), "alice", PLAIN, null);

            assertThat(results).extracting(KickResult::sessionId).containsExactlyInAnyOrder(
                    "c-own", "c-sent-1", "c-sent-2", "c-plain", "d-1");
            List<String> sent = new ArrayList<>();
            for (KickResult result : results) {
                if (result.outcome() == KickOutcome.SENT) {
                    sent.add(result.sessionId());
                    assertOneVerifiedOrder(sessions.session(result.sessionId()), result);
                }
            }
            assertThat(sent).containsExactlyInAnyOrder("c-sent-1", "c-sent-2");
            assertThat(sessions.notificationCount()).isEqualTo(2);
            assertThat(ledger.size()).isEqualTo(2);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t"})
        void refusesABlankUserAsInvalidArgument(String user) {
            sessions.client("c-1").user("alice").registered().add();

            assertThatThrownBy(() -> service.kickUser(Caller.gateway(), user, PLAIN, null))
                    .isInstanceOfSatisfying(SessionControlException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_ARGUMENT));
            assertThat(sessions.notificationCount()).isZero();
        }
    }

    @Nested
    class KickAll {
        @Test
        void targetsOnlyTheNamedProjectWhateverTheCase() {
            FakeSession plant = sessions.client("c-1").user("alice").project("Plant")
                    .registered().add();
            FakeSession office = sessions.client("c-2").user("bob").project("Office")
                    .registered().add();

            List<KickResult> results = service.kickAll(Caller.gateway(), "plant", PLAIN);

            assertThat(results).extracting(KickResult::sessionId).containsExactly("c-1");
            assertOneVerifiedOrder(plant, results.get(0));
            assertThat(office.notifications()).isEmpty();
        }

        @Test
        void withoutAProjectTargetsEveryProject() {
            FakeSession plant = sessions.client("c-1").user("alice").project("Plant")
                    .registered().add();
            FakeSession office = sessions.client("c-2").user("bob").project("Office")
                    .registered().add();

            List<KickResult> results = service.kickAll(Caller.gateway(), null, PLAIN);

            Map<String, KickResult> rows = bySession(results);
            assertThat(rows).containsOnlyKeys("c-1", "c-2");
            assertOneVerifiedOrder(plant, rows.get("c-1"));
            assertOneVerifiedOrder(office, rows.get("c-2"));
        }

        @Test
        void appliesTheSelfDesignerAndRegistrationRules() {
            FakeSession own = admin();
            FakeSession client = sessions.client("c-1").user("alice").registered().add();
            FakeSession designer = sessions.designer("d-1").user("carol").registered().add();
            FakeSession unregistered = sessions.client("c-2").user("bob").add();

            List<KickResult> results = service.kickAll(own.caller(), null, PLAIN);

            Map<String, KickOutcome> outcomes = results.stream().collect(Collectors.toMap(
                    KickResult::sessionId, KickResult::outcome));
            assertThat(outcomes).containsOnly(
                    Map.entry("admin-1", KickOutcome.SKIPPED_SELF),
                    Map.entry("c-1", KickOutcome.SENT),
                    Map.entry("d-1", KickOutcome.NOT_KICKABLE),
                    Map.entry("c-2", KickOutcome.NOT_KICKABLE));
            assertOneVerifiedOrder(client, bySession(results).get("c-1"));
            assertThat(own.notifications()).isEmpty();
            assertThat(designer.notifications()).isEmpty();
            assertThat(unregistered.notifications()).isEmpty();
        }
    }

    @Nested
    class Authorization {
        private FakeSession intruder;

        @BeforeEach
        void addSessions() {
            intruder = sessions.client("c-0").user("mallory").roles("Operator").registered()
                    .add();
            sessions.client("c-1").user("alice").registered().add();
            sessions.client("c-2").user("bob").registered().add();
        }

        private void assertDeniedAndNothingQueued(Runnable call) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(SessionControlException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.DENIED));
            assertThat(sessions.notificationCount()).isZero();
            assertThat(ledger.size()).isZero();
        }

        @Test
        void kickUserByACallerWithoutAKickRoleIsDenied() {
            assertDeniedAndNothingQueued(() -> service.kickUser(intruder.caller(), "alice",
                    PLAIN, null));
        }

        @Test
        void kickAllByACallerWithoutAKickRoleIsDenied() {
            assertDeniedAndNothingQueued(() -> service.kickAll(intruder.caller(), null, PLAIN));
        }

        @Test
        void kickByACallerWithoutAKickRoleIsDenied() {
            assertDeniedAndNothingQueued(() -> service.kick(intruder.caller(), "c-1", PLAIN));
        }

        @Test
        void anUnauthenticatedCallerIsDenied() {
            FakeSession anonymous = sessions.client("c-9").registered().add();

            assertDeniedAndNothingQueued(() -> service.kickAll(anonymous.caller(), null,
                    PLAIN));
        }

        @Test
        void kickRolesCompareWithoutRegardToCase() {
            FakeSession admin = sessions.client("c-8").user("boss").roles("administrator")
                    .registered().add();

            List<KickResult> results = service.kickUser(admin.caller(), "alice", PLAIN, null);

            assertThat(results).extracting(KickResult::outcome)
                    .containsExactly(KickOutcome.SENT);
        }
    }

    @Nested
    class SingleKick {
        @Test
        void ofADesignerWithoutIncludeDesignersRaisesNotKickable() {
            FakeSession designer = sessions.designer("d-1").user("alice").registered().add();

            assertThatThrownBy(() -> service.kick(Caller.gateway(), "d-1", PLAIN))
                    .isInstanceOfSatisfying(SessionControlException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.NOT_KICKABLE);
                        assertThat(e.getMessage()).contains("includeDesigners");
                    });
            assertThat(designer.notifications()).isEmpty();
            assertThat(ledger.size()).isZero();
        }

        @Test
        void ofADesignerWithIncludeDesignersIsSent() {
            FakeSession designer = sessions.designer("d-1").user("alice").registered().add();

            KickResult result = service.kick(Caller.gateway(), "d-1",
                    KickOptions.builder().includeDesigners(true).build());

            assertOneVerifiedOrder(designer, result);
        }

        @Test
        void ofOnesOwnSessionIsSkippedAndQueuesNothing() {
            FakeSession own = admin();

            KickResult result = service.kick(own.caller(), "admin-1", PLAIN);

            assertThat(result.outcome()).isEqualTo(KickOutcome.SKIPPED_SELF);
            assertThat(result.orderId()).isEmpty();
            assertThat(own.notifications()).isEmpty();
            assertThat(ledger.size()).isZero();
        }

        @Test
        void ofOnesOwnSessionWithIncludeSelfIsSent() {
            FakeSession own = admin();

            KickResult result = service.kick(own.caller(), "admin-1",
                    KickOptions.builder().includeSelf(true).build());

            assertOneVerifiedOrder(own, result);
            assertThat(ledger.status(result.orderId().get())).contains(OrderStatus.SENT);
        }

        @Test
        void ofAnUnregisteredSessionRaisesNotKickable() {
            FakeSession plain = sessions.client("c-1").user("alice").add();

            assertThatThrownBy(() -> service.kick(Caller.gateway(), "c-1", PLAIN))
                    .isInstanceOfSatisfying(SessionControlException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.NOT_KICKABLE));
            assertThat(plain.notifications()).isEmpty();
        }

        @Test
        void ofAnUnknownIdRaisesNotFound() {
            sessions.client("c-1").user("alice").registered().add();

            assertThatThrownBy(() -> service.kick(Caller.gateway(), "c-404", PLAIN))
                    .isInstanceOfSatisfying(SessionControlException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                        assertThat(e.getMessage()).contains("c-404");
                    });
            assertThat(sessions.notificationCount()).isZero();
        }

        @Test
        void carriesTheReasonGraceAndIssuerInTheSignedOrder() {
            FakeSession target = sessions.client("c-1").user("alice").registered().add();
            FakeSession own = admin();

            service.kick(own.caller(), "c-1", PLAIN);

            Verdict verdict = target.verdicts(clock).get(0);
            assertThat(verdict.order().reason()).isEqualTo("Shift change");
            assertThat(verdict.order().graceSeconds()).isEqualTo(30);
            assertThat(verdict.order().issuer()).isEqualTo("boss");
            assertThat(verdict.order().targetSessionId()).isEqualTo("c-1");
        }
    }

    @Nested
    class HistoryThroughCallerOperations {
        private CallerOperations operationsFor(Caller caller) {
            return new CallerOperations(caller, sessions.registry(), KickPolicy.defaults(),
                    service, ledger);
        }

        @Test
        void aCallerWithoutTheRoleIsDenied() {
            FakeSession operator = sessions.client("c-1").user("op").roles("Operator")
                    .registered().add();

            assertThatThrownBy(() -> operationsFor(operator.caller()).history(10))
                    .isInstanceOfSatisfying(SessionControlException.class,
                            e -> assertThat(e.kind()).isEqualTo(Kind.DENIED));
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void aLimitBelowOneIsInvalid(int limit) {
            assertThatThrownBy(() -> operationsFor(Caller.gateway()).history(limit))
                    .isInstanceOfSatisfying(SessionControlException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
                        assertThat(e.getMessage()).contains(String.valueOf(limit));
                    });
        }

        @Test
        void listsOrdersNewestFirstWithTheirStatuses() {
            FakeSession first = sessions.client("c-1").user("alice").registered().add();
            sessions.client("c-2").user("bob").registered().add();
            CallerOperations operations = operationsFor(admin().caller());
            String firstOrder = service.kick(Caller.gateway(), "c-1", PLAIN).orderId().get();
            clock.advance(Duration.ofSeconds(1));
            String secondOrder = service.kick(Caller.gateway(), "c-2", PLAIN).orderId().get();
            ledger.acknowledge(first.getPublicId(), Acknowledgement.exiting(firstOrder));

            Dataset history = operations.history(10);

            assertThat(history.getColumnNames()).isEqualTo(HistoryColumns.NAMES);
            assertThat(history.getColumnTypes()).isEqualTo(HistoryColumns.TYPES);
            assertThat(history.getRowCount()).isEqualTo(2);
            assertThat(history.getValueAt(0, HistoryColumns.ORDER_ID)).isEqualTo(secondOrder);
            assertThat(history.getValueAt(0, HistoryColumns.STATUS)).isEqualTo("sent");
            assertThat(history.getValueAt(1, HistoryColumns.ORDER_ID)).isEqualTo(firstOrder);
            assertThat(history.getValueAt(1, HistoryColumns.STATUS)).isEqualTo("acknowledged");
            assertThat(history.getValueAt(1, HistoryColumns.ISSUER)).isEqualTo("gateway");
            assertThat(history.getValueAt(1, HistoryColumns.USER)).isEqualTo("alice");
            assertThat(history.getValueAt(1, HistoryColumns.REASON)).isEqualTo("Shift change");
        }

        @Test
        void keepsToTheLimit() {
            sessions.client("c-1").user("alice").registered().add();
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                orderIds.add(service.kick(Caller.gateway(), "c-1", PLAIN).orderId().get());
            }
            Collections.reverse(orderIds);

            Dataset history = operationsFor(Caller.gateway()).history(2);

            assertThat(history.getRowCount()).isEqualTo(2);
            assertThat(List.of(history.getValueAt(0, HistoryColumns.ORDER_ID),
                    history.getValueAt(1, HistoryColumns.ORDER_ID)))
                    .isEqualTo(orderIds.subList(0, 2));
        }
    }
}
