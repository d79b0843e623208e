package dev.sessioncontrol.common;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks terminate tokens on the client: a token is obeyed only if the gateway signed it with
 * this session's key, for this session, within its validity, and for the first time.
 *
 * <pre>{@code
 * OrderVerifier verifier = OrderVerifier.builder()
 *         .sessionId(registration.sessionId())
 *         .key(registration.key())
 *         .clockOffset(gatewayTimeMinusLocalTime)
 *         .build();
 * Verdict verdict = verifier.verify(token);
 * if (verdict.isAccepted()) {
 *     // show verdict.order().reason() and exit after its grace time
 * }
 * }</pre>
 *
 * <p>{@link #verify(String)} runs these checks in order and reports the first failure:
 * <ol>
 *   <li>shape: at most {@link TerminateToken#MAX_LENGTH} chars, three dot-separated segments
 *       of base64url characters ({@link RejectReason#MALFORMED});
 *   <li>version prefix {@code v1} ({@link RejectReason#UNSUPPORTED_VERSION});
 *   <li>canonical unpadded base64url payload and a 32-byte MAC
 *       ({@link RejectReason#MALFORMED});
 *   <li>the MAC, compared in constant time ({@link RejectReason#BAD_SIGNATURE});
 *   <li>the payload decodes to a valid order ({@link RejectReason#MALFORMED});
 *   <li>the order is for this session ({@link RejectReason#WRONG_SESSION});
 *   <li>with {@code now} = local clock + clock offset, all in whole milliseconds: {@code now}
 *       is not after expiry plus the allowed skew ({@link RejectReason#EXPIRED}), and the
 *       issue time is not after {@code now} plus the skew ({@link RejectReason#NOT_YET_VALID});
 *   <li>the order id was not accepted before ({@link RejectReason#REPLAYED}).
 * </ol>
 * It never throws, whatever the input, and it logs nothing: the caller logs the verdict.
 *
 * <p>A verifier is thread-safe.
 */
public final class OrderVerifier {
    /** The default allowance for clock drift between gateway and client. */
    static final Duration DEFAULT_MAX_SKEW = Duration.ofSeconds(30);

    /** The largest allowance for clock drift. */
    static final Duration LARGEST_MAX_SKEW = Duration.ofHours(1);

    static final int DEFAULT_REPLAY_CAPACITY = 1024;
    static final Duration DEFAULT_REPLAY_HORIZON = Duration.ofHours(1);

    private final String sessionId;
    private final SessionKey key;
    private final Clock clock;
    private final Duration clockOffset;
    private final Duration maxSkew;
    private final long clockOffsetMillis;
    private final long maxSkewMillis;
    private final ReplayMemory replayMemory;

    private OrderVerifier(Builder builder) {
        this.sessionId = OrderText.requireName("sessionId", builder.sessionId,
                TerminateOrder.MAX_SESSION_ID_CHARS);
        this.key = requireSet("key", builder.key);
        this.clock = builder.clock;
        this.clockOffset = requireOffset(builder.clockOffset);
        this.maxSkew = requireSkew(builder.maxSkew);
        this.clockOffsetMillis = clockOffset.toMillis();
        this.maxSkewMillis = maxSkew.toMillis();
        this.replayMemory = builder.replayMemory != null
                ? builder.replayMemory
                : new ReplayMemory(DEFAULT_REPLAY_CAPACITY, DEFAULT_REPLAY_HORIZON, clock);
    }

    /**
     * Returns a builder. The session id and the key must be set; the clock defaults to the
     * system clock in UTC, the clock offset to zero, the maximum skew to 30 seconds and the
     * replay memory to one of 1024 ids over one hour on the same clock.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks {@code token} and returns the verdict.
     *
     * @param token the token as received; may be anything, including null
     * @return the accepted order, or the first check that failed
     */
    public Verdict verify(String token) {
        Optional<TokenSegments> split = TokenSegments.split(token);
        if (split.isEmpty()) {
            return rejected(RejectReason.MALFORMED, Optional.empty());
        }
        TokenSegments segments = split.get();
        if (!segments.hasVersion(TerminateToken.VERSION_PREFIX)) {
            // Shape comes first: a token of another version must still be base64url text.
            return rejected(segments.isAllBase64Url()
                    ? RejectReason.UNSUPPORTED_VERSION
                    : RejectReason.MALFORMED, Optional.empty());
        }
        // Decoding also checks the alphabet, the rest of the shape check for a v1 token.
        Optional<byte[]> payload = segments.payload();
        Optional<byte[]> mac = segments.mac();
        if (payload.isEmpty() || mac.isEmpty() || mac.get().length != TokenMac.LENGTH_BYTES) {
            return rejected(RejectReason.MALFORMED, Optional.empty());
        }

        byte[] expected = TokenMac.compute(key, payload.get());
        // Constant time, so that timing never tells a forger how many leading bytes matched.
        if (!MessageDigest.isEqual(expected, mac.get())) {
            return rejected(RejectReason.BAD_SIGNATURE, OrderCodec.peekOrderId(payload.get()));
        }

        TerminateOrder order;
        try {
            order = OrderCodec.decode(payload.get());
        } catch (MalformedOrderException e) {
            return rejected(RejectReason.MALFORMED, OrderCodec.peekOrderId(payload.get()));
        }
        return checkOrder(order);
    }

    private Verdict checkOrder(TerminateOrder order) {
        Optional<OrderId> claimed = Optional.of(order.orderId());
        if (!order.targetSessionId().equals(sessionId)) {
            return rejected(RejectReason.WRONG_SESSION, claimed);
        }
        // In whole milliseconds and exact for every value, so that no instant can make this
        // throw or wrap around. Offset and skew are bounded, so their sums cannot overflow.
        long localNow = clock.millis();
        long expiresAt = order.expiresAt().toEpochMilli();
        if (isSumGreater(localNow, clockOffsetMillis - maxSkewMillis, expiresAt)) {
            return rejected(RejectReason.EXPIRED, claimed);
        }
        long issuedAt = order.issuedAt().toEpochMilli();
        if (isSumGreater(issuedAt, -(clockOffsetMillis + maxSkewMillis), localNow)) {
            return rejected(RejectReason.NOT_YET_VALID, claimed);
        }
        // The memory runs on the local clock, so it gets the expiry in local time.
        long lastValidLocally = saturatedSum(expiresAt, maxSkewMillis - clockOffsetMillis);
        if (!replayMemory.rememberUntil(order.orderId(), lastValidLocally)) {
            return rejected(RejectReason.REPLAYED, claimed);
        }
        return Verdict.accepted(order);
    }

    /** Tells whether {@code a + b > c}, computed exactly. */
    private static boolean isSumGreater(long a, long b, long c) {
        long sum = a + b;
        if (overflowed(a, b, sum)) {
            return b > 0;
        }
        return sum > c;
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        if (overflowed(a, b, sum)) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return sum;
    }

    // Overflow happened if both operands have the same sign and the sum's sign differs.
    private static boolean overflowed(long a, long b, long sum) {
        return ((a ^ sum) & (b ^ sum)) < 0;
    }

    private static Verdict rejected(RejectReason reason, Optional<OrderId> claimed) {
        return Verdict.rejected(reason, claimed);
    }

    private static <T> T requireSet(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required: set it with " + field
                    + "(...) on the OrderVerifier builder");
        }
        return value;
    }

    private static Duration requireOffset(Duration offset) {
        if (offset.abs().compareTo(Bounds.LONGEST) > 0) {
            throw new IllegalArgumentException("clockOffset must be within +/-" + Bounds.LONGEST
                    + ", but was " + offset + "; check the local clock");
        }
        return offset;
    }

    private static Duration requireSkew(Duration skew) {
        if (skew.isNegative() || skew.compareTo(LARGEST_MAX_SKEW) > 0) {
            throw new IllegalArgumentException("maxSkew must be 0 to " + LARGEST_MAX_SKEW
                    + ", but was " + skew);
        }
        return skew;
    }

    /** Returns the session, clock settings and key algorithm; never the key bytes. */
    @Override
    public String toString() {
        return "OrderVerifier[sessionId=" + TextQuote.of(sessionId) + ", key=" + key
                + ", clockOffset=" + clockOffset + ", maxSkew=" + maxSkew + "]";
    }

    /** Collects the settings of an {@link OrderVerifier}. A builder is not thread-safe. */
    public static final class Builder {
        private String sessionId;
        private SessionKey key;
        private Clock clock = Clock.systemUTC();
        private Duration clockOffset = Duration.ZERO;
        private Duration maxSkew = DEFAULT_MAX_SKEW;
        private ReplayMemory replayMemory;

        private Builder() {
        }

        /**
         * Sets the public id of this client's session; only orders for it are accepted.
         *
         * @param sessionId the session id the gateway gave at registration
         * @return this builder
         */
        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        /**
         * Sets the key the gateway issued to this session at registration.
         *
         * @param key the session's key
         * @return this builder
         */
        public Builder key(SessionKey key) {
            this.key = key;
            return this;
        }

        /**
         * Sets the local clock.
         *
         * @param clock the local clock
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the gateway's time minus the local time, as learned at registration. Order times
         * are gateway times; the verifier compares them with local time plus this offset.
         *
         * @param clockOffset the offset, within about 100 years either way
         * @return this builder
         * @throws NullPointerException if {@code clockOffset} is null
         */
        public Builder clockOffset(Duration clockOffset) {
            this.clockOffset = Objects.requireNonNull(clockOffset, "clockOffset");
            return this;
        }

        /**
         * Sets how far the clocks may still drift apart after the offset is applied.
         *
         * @param maxSkew the allowance, 0 to 1 hour
         * @return this builder
         * @throws NullPointerException if {@code maxSkew} is null
         */
        public Builder maxSkew(Duration maxSkew) {
            this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
            return this;
        }

        /**
         * Sets the memory of accepted order ids. Give it the same clock as the verifier.
         *
         * @param replayMemory the memory
         * @return this builder
         * @throws NullPointerException if {@code replayMemory} is null
         */
        public Builder replayMemory(ReplayMemory replayMemory) {
            this.replayMemory = Objects.requireNonNull(replayMemory, "replayMemory");
            return this;
        }

        /**
         * Returns the verifier.
         *
         * @return the verifier
         * @throws IllegalArgumentException if the session id or key is missing, or a setting is
         *     out of bounds; the message names it
         * @throws IllegalStateException if the Java runtime has no HmacSHA256 provider
         */
        public OrderVerifier build() {
            return new OrderVerifier(this);
        }
    }
}
