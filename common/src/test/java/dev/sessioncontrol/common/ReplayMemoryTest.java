package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayMemoryTest {
    private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
    private static final OrderId FIRST = OrderId.fromHex("00000000000000000000000000000001");
    private static final OrderId SECOND = OrderId.fromHex("00000000000000000000000000000002");
    private static final OrderId THIRD = OrderId.fromHex("00000000000000000000000000000003");

    private final AdjustableClock clock = new AdjustableClock(START);

    @Test
    void newIdIsRememberedAndASecondSightingIsRefused() {
        ReplayMemory memory = new ReplayMemory(8, Duration.ofHours(1), clock);

        assertThat(memory.remember(FIRST, START.plusSeconds(60))).isTrue();
        assertThat(memory.remember(FIRST, START.plusSeconds(60))).isFalse();
        assertThat(memory.size()).isEqualTo(1);
    }

    @Test
    void idIsKeptUpToAndIncludingItsExpiry() {
        ReplayMemory memory = new ReplayMemory(8, Duration.ofHours(1), clock);
        memory.remember(FIRST, START.plusSeconds(60));

        clock.set(START.plusSeconds(60));

        assertThat(memory.remember(FIRST, START.plusSeconds(60))).isFalse();
    }

    @Test
    void idIsForgottenOnceItsExpiryHasPassed() {
        ReplayMemory memory = new ReplayMemory(8, Duration.ofHours(1), clock);
        memory.remember(FIRST, START.plusSeconds(60));

        clock.set(START.plusSeconds(60).plusMillis(1));

        assertThat(memory.remember(SECOND, START.plusSeconds(120))).isTrue();
        assertThat(memory.size()).isEqualTo(1);
        assertThat(memory.remember(FIRST, START.plusSeconds(180))).isTrue();
    }

    @Test
    void idIsForgottenAtTheHorizonEvenIfItExpiresLater() {
        ReplayMemory memory = new ReplayMemory(8, Duration.ofMinutes(5), clock);
        memory.remember(FIRST, START.plus(Duration.ofDays(365)));

        clock.advance(Duration.ofMinutes(5).plusMillis(1));

        assertThat(memory.remember(FIRST, START.plus(Duration.ofDays(365)))).isTrue();
    }

    @Test
    void alreadyExpiredIdIsNotKept() {
        ReplayMemory memory = new ReplayMemory(8, Duration.ofHours(1), clock);

        assertThat(memory.remember(FIRST, START.minusMillis(1))).isTrue();
        assertThat(memory.size()).isZero();
    }

    @Test
    void fullMemoryMakesRoomByDroppingTheIdThatExpiresSoonest() {
        ReplayMemory memory = new ReplayMemory(2, Duration.ofHours(1), clock);
        memory.remember(FIRST, START.plusSeconds(90));
        memory.remember(SECOND, START.plusSeconds(30));

        assertThat(memory.remember(THIRD, START.plusSeconds(60))).isTrue();

        assertThat(memory.size()).isEqualTo(2);
        assertThat(memory.remember(FIRST, START.plusSeconds(90))).isFalse();
        assertThat(memory.remember(THIRD, START.plusSeconds(60))).isFalse();
        assertThat(memory.remember(SECOND, START.plusSeconds(30))).isTrue();
    }

    @Test
    void rejectsCapacityBelowOne() {
        assertThatThrownBy(() -> new ReplayMemory(0, Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity must be at least 1, but was 0");
    }

    @Test
    void rejectsHorizonThatIsNotPositiveOrTooLong() {
        assertThatThrownBy(() -> new ReplayMemory(1, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon must be positive");
        assertThatThrownBy(() -> new ReplayMemory(1, Duration.ofDays(40_000), clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("horizon must be positive and at most");
    }
}
