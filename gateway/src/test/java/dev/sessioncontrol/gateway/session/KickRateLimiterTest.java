package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KickRateLimiterTest {
    private static final int LIMIT = 3;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final ManualClock clock = new ManualClock();

    @Nested
    class Limiter {
        private final KickRateLimiter limiter = new KickRateLimiter(LIMIT, WINDOW, clock);

        @Test
        void admitsUpToTheLimitAndRefusesTheNextOrder() {
            for (int i = 0; i < LIMIT; i++) {
                assertThat(limiter.tryAcquire("boss@c-1", 1)).as("order %d", i + 1).isTrue();
            }

            assertThat(limiter.tryAcquire("boss@c-1", 1)).isFalse();
        }

        @Test
        void refusesABatchThatWouldPassTheLimitAndCountsNoneOfIt() {
            limiter.tryAcquire("boss@c-1", 1);

            boolean batch = limiter.tryAcquire("boss@c-1", LIMIT);

            assertThat(batch).isFalse();
            assertThat(limiter.tryAcquire("boss@c-1", LIMIT - 1)).isTrue();
        }

        @Test
        void admitsAgainOnceTheWindowHasPassed() {
            limiter.tryAcquire("boss@c-1", LIMIT);
            clock.advance(WINDOW.minusSeconds(1));
            assertThat(limiter.tryAcquire("boss@c-1", 1)).isFalse();

            clock.advance(Duration.ofSeconds(1));

            assertThat(limiter.tryAcquire("boss@c-1", LIMIT)).isTrue();
        }

        @Test
        void slidesOrderByOrderRatherThanResettingAllAtOnce() {
            limiter.tryAcquire("boss@c-1", 1);
            clock.advance(Duration.ofSeconds(30));
            limiter.tryAcquire("boss@c-1", LIMIT - 1);

            clock.advance(Duration.ofSeconds(30));

            assertThat(limiter.tryAcquire("boss@c-1", 1)).isTrue();
            assertThat(limiter.tryAcquire("boss@c-1", 1)).isFalse();
        }

        @Test
        void countsEachCallerApart() {
            limiter.tryAcquire("boss@c-1", LIMIT);

            assertThat(limiter.tryAcquire("other@c-2", LIMIT)).isTrue();
            assertThat(limiter.tryAcquire("boss@c-1", 1)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -1})
        void refusesALimitBelowOneNamingTheValue(int maxOrders) {
            assertThatThrownBy(() -> new KickRateLimiter(maxOrders, WINDOW, clock))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxOrders")
                    .hasMessageContaining(String.valueOf(maxOrders));
        }
    }

    @Nested
    class ThroughTheKickService {
        private final FakeSessions sessions = new FakeSessions();
        private final OrderLedger ledger = new OrderLedger(100, clock);
        private KickService service;
        private FakeSession admin;

        @BeforeEach
        void wire() {
            service = sessions.kickService(clock).ledger(ledger)
                    .rateLimiter(new KickRateLimiter(LIMIT, WINDOW, clock)).build();
            admin = sessions.client("admin-1").user("boss").roles("Administrator").registered()
                    .add();
            for (int i = 1; i <= 5; i++) {
                sessions.client("c-" + i).user("user" + i).registered().add();
            }
        }

        private void kickOne(Caller caller, String sessionId) {
            KickResult result = service.kick(caller, sessionId, KickOptions.builder().build());
            assertThat(result.outcome()).isEqualTo(KickOutcome.SENT);
        }

        private void assertRateLimited(Runnable call) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(SessionControlException.class,
                    e -> {
                        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
                        assertThat(e.getMessage()).contains(String.valueOf(LIMIT))
                                .contains("Nothing was sent");
                    });
        }

        @Test
        void theOrderPastTheLimitIsRateLimitedAndNotSent() {
            for (int i = 1; i <= LIMIT; i++) {
                kickOne(admin.caller(), "c-" + i);
            }

            assertRateLimited(() -> service.kick(admin.caller(), "c-4",
                    KickOptions.builder().build()));

            assertThat(sessions.session("c-4").notifications()).isEmpty();
            assertThat(sessions.notificationCount()).isEqualTo(LIMIT);
            assertThat(ledger.size()).isEqualTo(LIMIT);
        }

        @Test
        void aBulkKickThatWouldPassTheLimitSendsNothingAtAll() {
            kickOne(admin.caller(), "c-1");

            assertRateLimited(() -> service.kickAll(admin.caller(), null,
                    KickOptions.builder().build()));

            assertThat(sessions.notificationCount()).isEqualTo(1);
            assertThat(ledger.size()).isEqualTo(1);
            for (int i = 2; i <= 5; i++) {
                assertThat(sessions.session("c-" + i).notifications()).isEmpty();
            }
        }

        @Test
        void skippedTargetsDoNotCountAgainstTheLimit() {
            List<KickResult> results = service.kickUser(admin.caller(), "boss",
                    KickOptions.builder().build(), null);
            assertThat(results).extracting(KickResult::outcome)
                    .containsExactly(KickOutcome.SKIPPED_SELF);

            for (int i = 1; i <= LIMIT; i++) {
                kickOne(admin.caller(), "c-" + i);
            }

            assertThat(sessions.notificationCount()).isEqualTo(LIMIT);
        }

        @Test
        void kicksAreAllowedAgainAfterTheWindow() {
            for (int i = 1; i <= LIMIT; i++) {
                kickOne(admin.caller(), "c-" + i);
            }
            assertRateLimited(() -> kickOne(admin.caller(), "c-4"));

            clock.advance(WINDOW);

            kickOne(admin.caller(), "c-4");
            assertThat(sessions.session("c-4").notifications()).hasSize(1);
        }

        @Test
        void anotherCallerIsUnaffected() {
            FakeSession second = sessions.client("admin-2").user("chief")
                    .roles("Administrator").registered().add();
            for (int i = 1; i <= LIMIT; i++) {
                kickOne(admin.caller(), "c-" + i);
            }

            kickOne(second.caller(), "c-4");
            kickOne(Caller.gateway(), "c-5");

            assertThat(sessions.session("c-4").notifications()).hasSize(1);
            assertThat(sessions.session("c-5").notifications()).hasSize(1);
        }
    }
}
