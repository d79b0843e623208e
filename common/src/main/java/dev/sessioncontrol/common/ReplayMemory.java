package dev.sessioncontrol.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Remembers the ids of recently accepted orders, so that a client obeys each order once. An id
 * is kept until its order expires, but never longer than the horizon, and never more than
 * {@code capacity} ids at once.
 *
 * <pre>{@code
 * ReplayMemory memory = new ReplayMemory(1024, Duration.ofHours(1), Clock.systemUTC());
 * if (!memory.remember(order.orderId(), expiresAtByLocalClock)) {
 *     // seen before: a replay
 * }
 * }</pre>
 *
 * <p>A memory is thread-safe.
 *
 * <p>Limitation: an id is forgotten at the horizon even if its order is still valid then, and
 * when the memory is full the id that would be forgotten soonest makes room for the new one.
 * Either way a forgotten order could be obeyed twice. Keep order validity shorter than the
 * horizon and the capacity above the number of orders one session can receive in that time.
 */
public final class ReplayMemory {
    private final int capacity;
    private final Duration horizon;
    private final long horizonMillis;
    private final Clock clock;
    // Sized for the capacity up front (within reason), so remembering never rehashes.
    private static final int LARGEST_PRESIZE = 4096;

    private final Set<OrderId> kept;
    private final PriorityQueue<Entry> byForgetAt;

    /**
     * Creates an empty memory.
     *
     * @param capacity the most ids kept at once, at least 1
     * @param horizon the longest an id is kept, positive and at most 100 years
     * @param clock the clock that decides when an id is forgotten
     * @throws NullPointerException if {@code horizon} or {@code clock} is null
     * @throws IllegalArgumentException if {@code capacity} or {@code horizon} is out of bounds
     */
    public ReplayMemory(int capacity, Duration horizon, Clock clock) {
        Objects.requireNonNull(horizon, "horizon");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, but was "
                    + capacity);
        }
        if (horizon.isNegative() || horizon.isZero() || horizon.compareTo(Bounds.LONGEST) > 0) {
            throw new IllegalArgumentException("horizon must be positive and at most "
                    + Bounds.LONGEST + ", but was " + horizon);
        }
        this.capacity = capacity;
        this.horizon = horizon;
        this.horizonMillis = horizon.toMillis();
        int presize = Math.min(capacity, LARGEST_PRESIZE);
        this.kept = new HashSet<>(presize * 4 / 3 + 1);
        this.byForgetAt = new PriorityQueue<>(presize,
                (a, b) -> Long.compare(a.forgetAtMillis, b.forgetAtMillis));
    }

    /**
     * Records {@code id} unless it was recorded before and not yet forgotten. The id is kept
     * until {@code expiresAt} by this memory's clock, or the horizon, whichever comes first; an
     * id whose {@code expiresAt} has passed is not recorded.
     *
     * @param id the order id
     * @param expiresAt the last instant, by this memory's clock, at which the order could still
     *     be accepted
     * @return true if the id is new, false if it was seen before
     * @throws NullPointerException if an argument is null
     */
    public synchronized boolean remember(OrderId id, Instant expiresAt) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        return rememberUntil(id, saturatedMillis(expiresAt));
    }

    /**
     * Does what {@link #remember} does, with the expiry in epoch milliseconds, so that the
     * verifier's hot path creates no time objects.
     */
    synchronized boolean rememberUntil(OrderId id, long expiresAtMillis) {
        Objects.requireNonNull(id, "id");
        long now = clock.millis();
        forgetPassed(now);
        if (kept.contains(id)) {
            return false;
        }
        if (expiresAtMillis >= now) {
            long horizonEnd = now > Long.MAX_VALUE - horizonMillis
                    ? Long.MAX_VALUE : now + horizonMillis;
            keep(id, Math.min(expiresAtMillis, horizonEnd));
        }
        return true;
    }

    private static long saturatedMillis(Instant instant) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException beyondLong) {
            return instant.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /**
     * Returns how many ids are kept now, counting ids whose time has passed but that have not
     * yet been cleared.
     *
     * @return the number of ids kept, at most the capacity
     */
    public synchronized int size() {
        return kept.size();
    }

    private void forgetPassed(long now) {
        while (!byForgetAt.isEmpty() && byForgetAt.peek().hasPassed(now)) {
            kept.remove(byForgetAt.poll().id);
        }
    }

    private void keep(OrderId id, long forgetAtMillis) {
        if (kept.size() >= capacity) {
            kept.remove(byForgetAt.poll().id);
        }
        kept.add(id);
        byForgetAt.add(new Entry(id, forgetAtMillis));
    }

    @Override
    public synchronized String toString() {
        return "ReplayMemory[" + kept.size() + " of " + capacity + " ids, horizon="
                + horizon + "]";
    }

    private static final class Entry {
        final OrderId id;
        final long forgetAtMillis;

        Entry(OrderId id, long forgetAtMillis) {
            this.id = id;
            this.forgetAtMillis = forgetAtMillis;
        }

        boolean hasPassed(long now) {
            return forgetAtMillis < now;
        }
    }
}
