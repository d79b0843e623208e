package dev.sessioncontrol.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users and hosts refused for a while after a kick with a lockout. The client module asks at
 * registration; a refused client shows the reason and exits. Names compare without regard to
 * case. Held in memory: a gateway restart lifts every lockout.
 */
public final class Lockouts {
    private final Clock clock;
    private final Map<String, Lock> users = new ConcurrentHashMap<>();
    private final Map<String, Lock> hosts = new ConcurrentHashMap<>();

    /**
     * Creates an empty list.
     *
     * @param clock the gateway clock
     */
    public Lockouts(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Refuses a user and a host for a while.
     *
     * @param user the kicked user; ignored if blank or unauthenticated
     * @param host the kicked host; ignored if blank
     * @param length how long
     * @param reason the kick's reason, repeated to the refused client
     */
    public void lock(String user, String host, Duration length, String reason) {
        Instant now = clock.instant();
        users.values().removeIf(l -> !l.until.isAfter(now));
        hosts.values().removeIf(l -> !l.until.isAfter(now));
        Lock lock = new Lock(now.plus(length), reason);
        if (user != null && !user.isEmpty() && !SessionRecord.UNAUTHENTICATED.equals(user)) {
            users.merge(key(user), lock, Lock::later);
        }
        if (host != null && !host.isEmpty()) {
            hosts.merge(key(host), lock, Lock::later);
        }
    }

    /**
     * Tells why a user or host is refused now, if it is.
     *
     * @param user the registering session's user
     * @param host the registering session's host
     * @return the sentence to show, or empty when the session may run
     */
    public Optional<String> refusalFor(String user, String host) {
        Instant now = clock.instant();
        Optional<String> byUser = active(users, user, now)
                .map(l -> "User " + user + " is locked out until " + l.until + ". " + l.reason);
        if (byUser.isPresent()) {
            return byUser;
        }
        return active(hosts, host, now)
                .map(l -> "Host " + host + " is locked out until " + l.until + ". " + l.reason);
    }

    private static Optional<Lock> active(Map<String, Lock> locks, String name, Instant now) {
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        Lock lock = locks.get(key(name));
        if (lock == null || !lock.until.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(lock);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static final class Lock {
        private final Instant until;
        private final String reason;

        private Lock(Instant until, String reason) {
            this.until = until;
            this.reason = reason == null ? "" : reason;
        }

        private static Lock later(Lock a, Lock b) {
            return a.until.isAfter(b.until) ? a : b;
        }
    }
}
