package dev.sessioncontrol.common;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;

/** The MAC of a version 1 token: HMAC-SHA256 over {@code ascii("v1.") || payload}. */
final class TokenMac {
    /** The length of the MAC in bytes. */
    static final int LENGTH_BYTES = 32;

    private static final byte[] SIGNED_PREFIX = (TerminateToken.VERSION_PREFIX
            + TerminateToken.SEPARATOR).getBytes(StandardCharsets.US_ASCII);

    private TokenMac() {
    }

    /** Returns an HMAC-SHA256 instance that still needs a key. */
    static Mac newMac() {
        try {
            return Mac.getInstance(SessionKey.ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no " + SessionKey.ALGORITHM
                    + " provider; every Java SE runtime must have one", e);
        }
    }

    /** Returns an HMAC-SHA256 instance keyed with {@code key}. */
    static Mac newMac(SessionKey key) {
        Mac mac = newMac();
        initialize(mac, key);
        return mac;
    }

    static void initialize(Mac mac, SessionKey key) {
        try {
            mac.init(key.secretKey());
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("The " + SessionKey.ALGORITHM
                    + " provider refused a " + SessionKey.LENGTH_BYTES + "-byte key", e);
        }
    }

    /** Returns the MAC of {@code payload} under the key {@code mac} was initialized with. */
    static byte[] compute(Mac mac, byte[] payload) {
        mac.update(SIGNED_PREFIX);
        return mac.doFinal(payload);
    }
}
