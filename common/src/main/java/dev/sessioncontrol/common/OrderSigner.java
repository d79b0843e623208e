package dev.sessioncontrol.common;

import java.util.Objects;
import javax.crypto.Mac;

/**
 * Signs terminate orders into tokens ({@code v1.<payload>.<mac>}, see {@link TerminateToken}).
 * The gateway holds one signer and signs each order with the key of its target session:
 *
 * <pre>{@code
 * String token = signer.sign(order, keyOfTargetSession);
 * }</pre>
 *
 * <p>A signer is thread-safe; each thread keeps its own {@link Mac} instance.
 *
 * <p>Security note: the token is a credential for one action. Do not log it.
 */
public final class OrderSigner {
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(TokenMac::newMac);

    /**
     * Creates a signer.
     *
     * @throws IllegalStateException if the Java runtime has no HmacSHA256 provider
     */
    public OrderSigner() {
        macs.get();
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
        Mac mac = macs.get();
        TokenMac.initialize(mac, key);
        return TerminateToken.assemble(payload, TokenMac.compute(mac, payload));
    }

    /** Returns the signer's algorithm and format; a signer holds no key. */
    @Override
    public String toString() {
        return "OrderSigner[" + TerminateToken.VERSION_PREFIX + ", " + SessionKey.ALGORITHM + "]";
    }
}
