package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReplayMemoryPropertyTest {
    private static final Instant START = Instant.parse("2024-05-01T12:00:00Z");
    private static final Duration HORIZON = Duration.ofSeconds(120);

    @Property
    void neverHoldsMoreThanItsCapacity(@ForAll @IntRange(min = 1, max = 8) int capacity,
            @ForAll("sightings") List<Sighting> sightings) {
        AdjustableClock clock = new AdjustableClock(START);
        ReplayMemory memory = new ReplayMemory(capacity, HORIZON, clock);

        for (Sighting sighting : sightings) {
            clock.advance(sighting.wait);
            memory.remember(sighting.id, clock.instant().plus(sighting.validFor));

            assertThat(memory.size()).isLessThanOrEqualTo(capacity);
        }
    }

    @Property
    void refusesAnIdExactlyWhileItIsUnexpiredAndWithinTheHorizon(
            @ForAll("sightings") List<Sighting> sightings) {
        AdjustableClock clock = new AdjustableClock(START);
        ReplayMemory memory = new ReplayMemory(sightings.size() + 1, HORIZON, clock);
        Map<OrderId, Instant> keptUntil = new HashMap<>();

        for (Sighting sighting : sightings) {
            clock.advance(sighting.wait);
            Instant now = clock.instant();
            Instant expiresAt = now.plus(sighting.validFor);
            keptUntil.values().removeIf(until -> until.isBefore(now));
            boolean expectedNew = !keptUntil.containsKey(sighting.id);

            assertThat(memory.remember(sighting.id, expiresAt)).isEqualTo(expectedNew);

            if (expectedNew && !expiresAt.isBefore(now)) {
                Instant horizonEnd = now.plus(HORIZON);
                keptUntil.put(sighting.id,
                        expiresAt.isBefore(horizonEnd) ? expiresAt : horizonEnd);
            }
        }
    }

    @Property
    void forgetsAnIdOnceItsExpiryHasPassed(
            @ForAll @LongRange(min = 0, max = 100_000) long validMillis,
            @ForAll @LongRange(min = 1, max = 100_000) long lateMillis) {
        AdjustableClock clock = new AdjustableClock(START);
        ReplayMemory memory = new ReplayMemory(4, HORIZON, clock);
        Instant expiresAt = START.plusMillis(validMillis);
        memory.remember(TestOrders.ORDER_ID, expiresAt);

        clock.set(expiresAt.plusMillis(lateMillis));

        assertThat(memory.remember(TestOrders.ORDER_ID, clock.instant())).isTrue();
    }

    @Provide
    Arbitrary<List<Sighting>> sightings() {
        Arbitrary<OrderId> ids = Arbitraries.integers().between(0, 12)
                .map(n -> OrderId.fromHex(String.format("%032x", n)));
        Arbitrary<Duration> waits = Arbitraries.longs().between(0, 40_000).map(Duration::ofMillis);
        Arbitrary<Duration> validities = Arbitraries.longs().between(-5_000, 200_000)
                .map(Duration::ofMillis);
        return Combinators.combine(ids, waits, validities).as(Sighting::new)
                .list().ofMaxSize(60);
    }

    static final class Sighting {
        final OrderId id;
        final Duration wait;
        final Duration validFor;

        Sighting(OrderId id, Duration wait, Duration validFor) {
            this.id = id;
            this.wait = wait;
            this.validFor = validFor;
        }

        @Override
        public String toString() {
            return "after " + wait + " see " + id + " valid for " + validFor;
        }
    }
}
