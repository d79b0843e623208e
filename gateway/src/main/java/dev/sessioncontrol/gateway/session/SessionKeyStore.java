package dev.sessioncontrol.gateway.session;

import dev.sessioncontrol.common.SessionKey;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signing keys of the sessions whose client module registered: one fresh 256-bit key per
 * session, held in memory only, dropped when the session ends. A gateway restart therefore
 * means new keys, and clients register again.
 *
 * <p>Security note: keys never leave this store except in the registration answer to their own
 * session; nothing here logs or prints them.
 */
public final class SessionKeyStore {
    private final Map<String, SessionKey> keys = new ConcurrentHashMap<>();
    private final SecureRandom random;

    /**
     * Creates an empty store.
     *
     * @param random the source of key bytes
     */
    public SessionKeyStore(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Issues a new key to a session, replacing any earlier one.
     *
     * @param sessionId the session's public id
     * @return the new key
     */
    public SessionKey issue(String sessionId) {
        SessionKey key = SessionKey.generate(random);
        keys.put(sessionId, key);
        return key;
    }

    /**
     * Returns the key of a session, if its client module registered.
     *
     * @param sessionId the session's public id
     * @return the key, or empty
     */
    public Optional<SessionKey> find(String sessionId) {
        return Optional.ofNullable(keys.get(sessionId));
    }

    /**
     * Tells whether a session holds a key.
     *
     * @param sessionId the session's public id
     * @return true if its client module registered
     */
    public boolean contains(String sessionId) {
        return keys.containsKey(sessionId);
    }

    /**
     * Drops one session's key.
     *
     * @param sessionId the session's public id
     */
    public void drop(String sessionId) {
        keys.remove(sessionId);
    }

    /** Returns a copy of the ids of the sessions that hold a key. */
    public Set<String> sessionIds() {
        return new HashSet<>(keys.keySet());
    }

    /** Drops every key, as on shutdown. */
    public void clear() {
        keys.clear();
    }

    /** Returns how many sessions hold a key. */
    public int size() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "SessionKeyStore{sessions=" + keys.size() + "}";
    }
}
