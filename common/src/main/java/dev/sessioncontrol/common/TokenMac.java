package dev.sessioncontrol.common;

import java.nio.charset.StandardCharsets;

/** The MAC of a version 1 token: HMAC-SHA256 over {@code ascii("v1.") || payload}. */
final class TokenMac {
    /** The length of the MAC in bytes. */
    static final int LENGTH_BYTES = 32;

    private static final byte[] SIGNED_PREFIX = (TerminateToken.VERSION_PREFIX
            + TerminateToken.SEPARATOR).getBytes(StandardCharsets.US_ASCII);

    private TokenMac() {
    }

    /** Returns the MAC of {@code payload} under {@code key}. */
    static byte[] compute(SessionKey key, byte[] payload) {
        return key.hmac().mac(SIGNED_PREFIX, payload);
    }
}
