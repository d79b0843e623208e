package dev.sessioncontrol.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Bounds how many terminate orders one caller may send in a sliding window. A bulk kick counts
 * each target, and is admitted whole or not at all, so it never stops half-way.
 */
public final class KickRateLimiter {
    private final int maxOrders;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> sentByCaller = new HashMap<>();

    /**
     * Creates the limiter.
     *
     * @param maxOrders how many orders one caller may send per window, at least 1
     * @param window the length of the sliding window
     * @param clock the gateway clock
     */
    public KickRateLimiter(int maxOrders, Duration window, Clock clock) {
        if (maxOrders < 1) {
            throw new IllegalArgumentException("maxOrders must be at least 1, was " + maxOrders);
        }
        this.maxOrders = maxOrders;
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes room for a number of orders, or none at all.
     *
     * @param callerKey identifies the caller
     * @param orders how many orders the call would send
     * @return true if the orders fit in the caller's window and were counted
     */
    public synchronized boolean tryAcquire(String callerKey, int orders) {
        if (orders <= 0) {
            return true;
        }
        Instant now = clock.instant();
        Instant horizon = now.minus(window);
        forgetQuietCallers(horizon);
        Deque<Instant> sent = sentByCaller.computeIfAbsent(callerKey, k -> new ArrayDeque<>());
        if (sent.size() + orders > maxOrders) {
            return false;
        }
        for (int i = 0; i < orders; i++) {
            sent.addLast(now);
        }
        return true;
    }

    /** Drops orders older than the window, and callers with none left, so the map stays small. */
    private void forgetQuietCallers(Instant horizon) {
        sentByCaller.values().forEach(sent -> {
            while (!sent.isEmpty() && !sent.peekFirst().isAfter(horizon)) {
                sent.pollFirst();
            }
        });
        sentByCaller.values().removeIf(Deque::isEmpty);
    }

    /** Returns how many orders one caller may send per window. */
    public int maxOrders() {
        return maxOrders;
    }

    /** Returns the window length. */
    public Duration window() {
        return window;
    }
}
