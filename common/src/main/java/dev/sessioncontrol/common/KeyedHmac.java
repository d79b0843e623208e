package dev.sessioncontrol.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 (RFC 2104) for one key, with the key's two padded blocks hashed once: each MAC
 * then starts from copies of the inner and outer SHA-256 states instead of hashing the padded
 * key again, which saves two of the five compressions a short message needs. The result is
 * the same as the JDK's {@code Mac} "HmacSHA256" for every key and message (tested).
 *
 * <p>Security note: the two saved states are as secret as the key; they never leave this
 * object, which has no {@code toString} of its own content. Instances are thread-safe: the
 * saved states are only ever copied, never updated, after construction.
 */
final class KeyedHmac {
    private static final int BLOCK_BYTES = 64;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private final MessageDigest innerStart;
    private final MessageDigest outerStart;

    /**
     * Prepares the MAC for a key.
     *
     * @param key the key bytes; longer than a block, they are hashed first, as RFC 2104 says
     */
    KeyedHmac(byte[] key) {
        byte[] block = new byte[BLOCK_BYTES];
        byte[] shortKey = key.length > BLOCK_BYTES ? newDigest().digest(key) : key;
        byte[] pad = new byte[BLOCK_BYTES];
        try {
            System.arraycopy(shortKey, 0, block, 0, shortKey.length);
            innerStart = newDigest();
            innerStart.update(xor(block, INNER_PAD, pad));
            outerStart = newDigest();
            outerStart.update(xor(block, OUTER_PAD, pad));
        } finally {
            Arrays.fill(block, (byte) 0);
            Arrays.fill(pad, (byte) 0);
        }
    }

    /**
     * Returns HMAC-SHA256 of {@code prefix || message}.
     *
     * @param prefix bytes that come first
     * @param message the rest
     * @return the 32-byte MAC
     */
    byte[] mac(byte[] prefix, byte[] message) {
        MessageDigest inner = copy(innerStart);
        inner.update(prefix);
        inner.update(message);
        MessageDigest outer = copy(outerStart);
        outer.update(inner.digest());
        return outer.digest();
    }

    @Override
    public String toString() {
        return "KeyedHmac[HmacSHA256]";
    }

    private static byte[] xor(byte[] block, byte padByte, byte[] into) {
        for (int i = 0; i < BLOCK_BYTES; i++) {
            into[i] = (byte) (block[i] ^ padByte);
        }
        return into;
    }

    private static MessageDigest copy(MessageDigest start) {
        try {
            return (MessageDigest) start.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("This Java runtime's SHA-256 cannot be copied; every"
                    + " JDK provider's can", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256 provider; every"
                    + " Java SE runtime must have one", e);
        }
    }
}
