package dev.sessioncontrol.common;

import java.util.Objects;

/**
 * Signs terminate orders into tokens ({@code v1.<payload>.<mac>}, see {@link TerminateToken}).
 * The gateway holds one signer and signs each order with the key of its target session:
 *
 * <pre>{@code
 * String token = signer.sign(order, keyOfTargetSession);
 * }</pre>
 *
 * <p>A signer is thread-safe and holds no key; each key carries its own prepared HMAC.
 *
 * <p>Security note: the token is a credential for one action. Do not log it.
 */
public final class OrderSigner {
    /**
     * Creates a signer.
     *
     * @throws IllegalStateException if the Java runtime has no SHA-256 provider
     */
    public OrderSigner() {
        // Fails now, not at the first order, if the runtime lacks SHA-256.
        new KeyedHmac(new byte[SessionKey.LENGTH_BYTES]);
    }

    /**
     * Returns the token of {@code order} signed with {@code key}.
     *
     * @param order the order to sign
     * @param key the key of the order's target session
     * @return the token, at most {@link TerminateToken#MAX_LENGTH} chars
     * @throws NullPointerException if an argument is null
     */
    public String sign(TerminateOrder order, SessionKey key) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(key, "key");

        byte[] payload = OrderCodec.encode(order);
        return TerminateToken.assemble(payload, TokenMac.compute(key, payload));
    }

    /** Returns the signer's algorithm and format; a signer holds no key. */
    @Override
    public String toString() {
        return "OrderSigner[" + TerminateToken.VERSION_PREFIX + ", " + SessionKey.ALGORITHM + "]";
    }
}
