package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LockoutsTest {
    private final ManualClock clock = new ManualClock();
    private final Lockouts lockouts = new Lockouts(clock);

    @Nested
    class Directly {
        @Test
        void refusesTheUserWhateverTheCaseNamingTheUserAndTheReason() {
            lockouts.lock("Alice", "hmi-7", Duration.ofMinutes(5), "Shift change");

            Optional<String> refusal = lockouts.refusalFor("alice", "elsewhere");

            assertThat(refusal).hasValueSatisfying(r -> assertThat(r)
                    .contains("alice").contains("Shift change"));
        }

        @Test
        void refusesTheHostForAnyUserNamingTheHost() {
            lockouts.lock("alice", "HMI-7", Duration.ofMinutes(5), "Shift change");

            Optional<String> refusal = lockouts.refusalFor("bob", "hmi-7");

            assertThat(refusal).hasValueSatisfying(r -> assertThat(r).contains("hmi-7"));
        }

        @Test
        void admitsOthersOnOtherHosts() {
            lockouts.lock("alice", "hmi-7", Duration.ofMinutes(5), "Shift change");

            assertThat(lockouts.refusalFor("bob", "hmi-8")).isEmpty();
        }

        @Test
        void liftsTheLockWhenItsTimeIsUp() {
            lockouts.lock("alice", "hmi-7", Duration.ofMinutes(5), "Shift change");
            clock.advance(Duration.ofMinutes(5).minusSeconds(1));
            assertThat(lockouts.refusalFor("alice", "hmi-7")).isPresent();

            clock.advance(Duration.ofSeconds(1));

            assertThat(lockouts.refusalFor("alice", "hmi-7")).isEmpty();
        }

        @Test
        void aShorterLaterLockDoesNotCutALongerOneShort() {
            lockouts.lock("alice", "hmi-7", Duration.ofMinutes(30), "Audit");
            lockouts.lock("alice", "hmi-7", Duration.ofMinutes(1), "Shift change");

            clock.advance(Duration.ofMinutes(10));

            assertThat(lockouts.refusalFor("alice", null)).hasValueSatisfying(r ->
                    assertThat(r).contains("Audit"));
        }

        @Test
        void neverLocksOutTheUnauthenticatedNameOrABlankHost() {
            lockouts.lock(SessionRecord.UNAUTHENTICATED, "", Duration.ofMinutes(5), "Kicked");

            assertThat(lockouts.refusalFor(SessionRecord.UNAUTHENTICATED, "")).isEmpty();
        }
    }

    @Nested
    class ThroughTheKickService {
        private final FakeSessions sessions = new FakeSessions();
        private KickService service;

        @BeforeEach
        void wire() {
            service = sessions.kickService(clock).lockouts(lockouts).build();
            sessions.client("c-1").user("alice").host("hmi-7").registered().add();
        }

        private KickOptions lockoutFor(int minutes) {
            return KickOptions.builder().reason("Shift change").lockoutMinutes(minutes).build();
        }

        @Test
        void aKickWithALockoutRefusesTheUserAndTheHostForThatLong() {
            KickResult result = service.kick(Caller.gateway(), "c-1", lockoutFor(5));
            assertThat(result.outcome()).isEqualTo(KickOutcome.SENT);

            assertThat(lockouts.refusalFor("ALICE", "hmi-9")).isPresent();
            assertThat(lockouts.refusalFor("bob", "hmi-7")).isPresent();
            clock.advance(Duration.ofMinutes(5));
            assertThat(lockouts.refusalFor("alice", "hmi-7")).isEmpty();
        }

        @Test
        void aKickWithoutALockoutLocksNothing() {
            service.kick(Caller.gateway(), "c-1", lockoutFor(0));

            assertThat(lockouts.refusalFor("alice", "hmi-7")).isEmpty();
        }

        @Test
        void aRefusedKickLocksNothing() {
            sessions.designer("d-1").user("carol").host("eng-1").registered().add();

            service.kickAll(Caller.gateway(), null, lockoutFor(5));

            assertThat(lockouts.refusalFor("carol", "eng-1")).isEmpty();
            assertThat(lockouts.refusalFor("alice", "hmi-7")).isPresent();
        }
    }
}
