package dev.sessioncontrol.common.rpc;

import dev.sessioncontrol.common.SessionKey;
import java.io.Serializable;
import java.util.Objects;

/**
 * The gateway's answer when a client module registers: the session's public id, the key that
 * signs terminate orders for this session alone, and the gateway's clock at the time of the
 * answer, from which the client learns its clock offset.
 *
 * <p>Security note: this object carries a secret key. {@link #toString()} never shows it.
 */
public final class Registration implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String sessionId;
    private final byte[] key;
    private final long gatewayTimeMillis;
    private final String refusal;

    /**
     * Creates a registration answer that admits the session.
     *
     * @param sessionId the public id of the registered session
     * @param key the session's signing key
     * @param gatewayTimeMillis the gateway's clock, in epoch milliseconds
     */
    public Registration(String sessionId, SessionKey key, long gatewayTimeMillis) {
        this(sessionId, key, gatewayTimeMillis, null);
    }

    private Registration(String sessionId, SessionKey key, long gatewayTimeMillis,
            String refusal) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.key = Objects.requireNonNull(key, "key").bytes();
        this.gatewayTimeMillis = gatewayTimeMillis;
        this.refusal = refusal;
    }

    /**
     * Creates a registration answer that refuses the session, because its user or host is
     * locked out after a kick. The client shows the reason and exits.
     *
     * @param sessionId the public id of the refused session
     * @param key a key for this session, so the refusal path is the same as any other
     * @param gatewayTimeMillis the gateway's clock, in epoch milliseconds
     * @param reason the sentence shown to the operator
     * @return the refusal
     */
    public static Registration refused(String sessionId, SessionKey key, long gatewayTimeMillis,
            String reason) {
        return new Registration(sessionId, key, gatewayTimeMillis,
                Objects.requireNonNull(reason, "reason"));
    }

    /** Returns why the session is refused, if it is locked out. */
    public java.util.Optional<String> refusal() {
        return java.util.Optional.ofNullable(refusal);
    }

    /** Checks a deserialized answer: a session id and a key of the right length. */
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            return new Registration(sessionId, SessionKey.of(key), gatewayTimeMillis, refusal);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new java.io.InvalidObjectException("Invalid registration: " + e.getMessage());
        }
    }

    /** Returns the public id of the registered session. */
    public String sessionId() {
        return sessionId;
    }

    /** Returns the session's signing key. */
    public SessionKey key() {
        return SessionKey.of(key);
    }

    /** Returns the gateway's clock when it answered, in epoch milliseconds. */
    public long gatewayTimeMillis() {
        return gatewayTimeMillis;
    }

    @Override
    public String toString() {
        return "Registration{sessionId=" + sessionId + ", key=<redacted>, gatewayTimeMillis="
                + gatewayTimeMillis + (refusal == null ? "" : ", refused") + "}";
    }
}
