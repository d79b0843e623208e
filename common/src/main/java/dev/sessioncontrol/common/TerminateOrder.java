package dev.sessioncontrol.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An order from the gateway to one client session to end: which session, why, who asked, how
 * much grace time the user gets, whether the exit is forced, and the window in which the order
 * is valid. Orders are immutable and always valid; build one with {@link #builder()}:
 *
 * <pre>{@code
 * TerminateOrder order = TerminateOrder.builder()
 *         .targetSessionId("3F2A9C1B")
 *         .orderId(OrderId.random(secureRandom))
 *         .issuedAt(now)
 *         .expiresAt(now.plusSeconds(60))
 *         .graceSeconds(30)
 *         .reason("Maintenance at 18:00")
 *         .issuer("admin")
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} throws {@link IllegalArgumentException} naming the field and the
 * rule when a value is out of bounds. The rules:
 * <ul>
 *   <li>target session id: not blank, at most {@value #MAX_SESSION_ID_CHARS} chars, no control
 *       characters;
 *   <li>issuer: not blank, at most {@value #MAX_ISSUER_CHARS} chars, no control characters;
 *   <li>reason: may be empty (null counts as empty), at most {@value #MAX_REASON_CHARS} chars,
 *       no control characters except line feed and tab;
 *   <li>grace seconds: 0 to {@value #MAX_GRACE_SECONDS};
 *   <li>expires at: strictly after issued at; both must fit in 64-bit epoch milliseconds.
 * </ul>
 * Lengths count Java {@code char}s (UTF-16 code units), and every text must be well-formed
 * UTF-16 (no unpaired surrogate). Instants are truncated to whole milliseconds, the precision of
 * the signed form.
 */
public final class TerminateOrder {
    /** The format version of orders built by this class. */
    public static final int FORMAT_VERSION = 1;

    /** The longest reason, in chars. */
    public static final int MAX_REASON_CHARS = 500;

    /** The longest issuer name, in chars. */
    public static final int MAX_ISSUER_CHARS = 128;

    /** The longest target session id, in chars. */
    public static final int MAX_SESSION_ID_CHARS = 128;

    /** The longest grace time, in seconds (one hour). */
    public static final int MAX_GRACE_SECONDS = 3600;

    private final String targetSessionId;
    private final OrderId orderId;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final int graceSeconds;
    private final boolean force;
    private final String reason;
    private final String issuer;

    private TerminateOrder(Builder builder) {
        this.targetSessionId = OrderText.requireName(
                "targetSessionId", builder.targetSessionId, MAX_SESSION_ID_CHARS);
        this.orderId = require("orderId", builder.orderId);
        this.issuedAt = toMillis("issuedAt", require("issuedAt", builder.issuedAt));
        this.expiresAt = toMillis("expiresAt", require("expiresAt", builder.expiresAt));
        this.graceSeconds = requireGrace(builder.graceSeconds);
        this.force = builder.force;
        this.reason = OrderText.requireReason(builder.reason, MAX_REASON_CHARS);
        this.issuer = OrderText.requireName("issuer", builder.issuer, MAX_ISSUER_CHARS);
        requireOrderedWindow(issuedAt, expiresAt);
    }

    /**
     * Returns an empty builder. Grace defaults to 0 seconds, force to false and the reason to
     * empty; every other field must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this order's fields, to derive a changed order.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .targetSessionId(targetSessionId)
                .orderId(orderId)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .graceSeconds(graceSeconds)
                .force(force)
                .reason(reason)
                .issuer(issuer);
    }

    /**
     * Returns the format version, always {@value #FORMAT_VERSION}.
     *
     * @return the format version
     */
    public int version() {
        return FORMAT_VERSION;
    }

    /**
     * Returns the public id of the session that must end.
     *
     * @return the target session id
     */
    public String targetSessionId() {
        return targetSessionId;
    }

    /**
     * Returns the order's unique id.
     *
     * @return the order id
     */
    public OrderId orderId() {
        return orderId;
    }

    /**
     * Returns when the gateway issued the order, by the gateway's clock.
     *
     * @return the issue instant, in whole milliseconds
     */
    public Instant issuedAt() {
        return issuedAt;
    }

    /**
     * Returns the last instant, by the gateway's clock, at which the order may be obeyed.
     *
     * @return the expiry instant, in whole milliseconds
     */
    public Instant expiresAt() {
        return expiresAt;
    }

    /**
     * Returns how long the user may keep working before the client exits.
     *
     * @return the grace time in seconds, 0 to {@value #MAX_GRACE_SECONDS}
     */
    public int graceSeconds() {
        return graceSeconds;
    }

    /**
     * Tells whether the exit is forced, so that no shutdown-intercept script can veto it.
     *
     * @return true if the exit is forced
     */
    public boolean isForce() {
        return force;
    }

    /**
     * Returns the reason shown to the user; may be empty.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the name of the user who asked for the termination.
     *
     * @return the issuer
     */
    public String issuer() {
        return issuer;
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required: set it with "
                    + field + "(...) on the TerminateOrder builder");
        }
        return value;
    }

    private static Instant toMillis(String field, Instant instant) {
        boolean wholeMillis = instant.getNano() % 1_000_000 == 0;
        Instant truncated = wholeMillis ? instant : instant.truncatedTo(ChronoUnit.MILLIS);
        try {
            truncated.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must fit in 64-bit epoch milliseconds,"
                    + " but was " + instant, e);
        }
        return truncated;
    }

    private static int requireGrace(int graceSeconds) {
        if (graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
            throw new IllegalArgumentException("graceSeconds must be 0 to " + MAX_GRACE_SECONDS
                    + ", but was " + graceSeconds);
        }
        return graceSeconds;
    }

    private static void requireOrderedWindow(Instant issuedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be strictly after issuedAt, but"
                    + " expiresAt was " + expiresAt + " and issuedAt " + issuedAt
                    + " (compared in whole milliseconds)");
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof TerminateOrder)) {
            return false;
        }
        TerminateOrder that = (TerminateOrder) other;
        return graceSeconds == that.graceSeconds
                && force == that.force
                && targetSessionId.equals(that.targetSessionId)
                && orderId.equals(that.orderId)
                && issuedAt.equals(that.issuedAt)
                && expiresAt.equals(that.expiresAt)
                && reason.equals(that.reason)
                && issuer.equals(that.issuer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetSessionId, orderId, issuedAt, expiresAt, graceSeconds, force,
                reason, issuer);
    }

    /** Returns every field, with texts quoted and control characters escaped. */
    @Override
    public String toString() {
        return "TerminateOrder[v" + FORMAT_VERSION
                + ", orderId=" + orderId
                + ", targetSessionId=" + TextQuote.of(targetSessionId)
                + ", issuedAt=" + issuedAt
                + ", expiresAt=" + expiresAt
                + ", graceSeconds=" + graceSeconds
                + ", force=" + force
                + ", issuer=" + TextQuote.of(issuer)
                + ", reason=" + TextQuote.of(reason)
                + "]";
    }

    /**
     * Collects the fields of a {@link TerminateOrder}. Setters take any value; {@link #build()}
     * checks them all. A builder is not thread-safe.
     */
    public static final class Builder {
        private String targetSessionId;
        private OrderId orderId;
        private Instant issuedAt;
        private Instant expiresAt;
        private int graceSeconds;
        private boolean force;
        private String reason = "";
        private String issuer;

        private Builder() {
        }

        /**
         * Sets the public id of the session that must end.
         *
         * @param targetSessionId the target session id
         * @return this builder
         */
        public Builder targetSessionId(String targetSessionId) {
            this.targetSessionId = targetSessionId;
            return this;
        }

        /**
         * Sets the order's unique id.
         *
         * @param orderId the order id
         * @return this builder
         */
        public Builder orderId(OrderId orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets when the order is issued, by the gateway's clock.
         *
         * @param issuedAt the issue instant; truncated to whole milliseconds
         * @return this builder
         */
        public Builder issuedAt(Instant issuedAt) {
            this.issuedAt = issuedAt;
            return this;
        }

        /**
         * Sets the last instant, by the gateway's clock, at which the order may be obeyed.
         *
         * @param expiresAt the expiry instant; truncated to whole milliseconds
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /**
         * Sets how long the user may keep working before the client exits.
         *
         * @param graceSeconds the grace time in seconds, 0 to {@value #MAX_GRACE_SECONDS}
         * @return this builder
         */
        public Builder graceSeconds(int graceSeconds) {
            this.graceSeconds = graceSeconds;
            return this;
        }

        /**
         * Sets whether the exit is forced past any shutdown-intercept script.
         *
         * @param force true to force the exit
         * @return this builder
         */
        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        /**
         * Sets the reason shown to the user.
         *
         * @param reason the reason; null means empty
         * @return this builder
         */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /**
         * Sets the name of the user who asked for the termination.
         *
         * @param issuer the issuer
         * @return this builder
         */
        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /**
         * Returns the order, after checking every field.
         *
         * @return the order
         * @throws IllegalArgumentException if a field is missing or breaks its rule; the
         *     message names the field, the value and the rule
         */
        public TerminateOrder build() {
            return new TerminateOrder(this);
        }
    }
}
