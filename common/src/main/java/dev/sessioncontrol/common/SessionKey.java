package dev.sessioncontrol.common;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * The 256-bit HMAC-SHA256 key that signs the terminate orders of one client session.
 *
 * <p>The gateway generates one key per client session when that session's client module
 * registers, and hands it to that client alone. Both sides drop it when the session ends.
 *
 * <p>Security note: {@link #toString()} never shows the key bytes, {@link #equals(Object)}
 * compares in constant time, and {@link #hashCode()} does not depend on the key bytes. Never
 * log {@link #bytes()}.
 */
public final class SessionKey {
    /** The length of a session key in bytes (256 bits). */
    public static final int LENGTH_BYTES = 32;

    /** The JCA name of the MAC algorithm the key is for. */
    static final String ALGORITHM = "HmacSHA256";

    private final byte[] bytes;
    private final KeyedHmac hmac;

    private SessionKey(byte[] bytes) {
        this.bytes = bytes;
        this.hmac = new KeyedHmac(bytes);
    }

    /**
     * Returns a new key of 32 bytes drawn from {@code random}.
     *
     * @param random the source of the key's bits
     * @return a new key
     * @throws NullPointerException if {@code random} is null
     */
    public static SessionKey generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[LENGTH_BYTES];
        random.nextBytes(bytes);
        return new SessionKey(bytes);
    }

    /**
     * Returns a key holding a copy of {@code bytes}.
     *
     * @param bytes the key's 32 bytes
     * @return the key
     * @throws NullPointerException if {@code bytes} is null
     * @throws IllegalArgumentException unless {@code bytes} holds exactly 32 bytes
     */
    public static SessionKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("A session key must be exactly " + LENGTH_BYTES
                    + " bytes (256 bits), but " + bytes.length + " bytes were given");
        }
        return new SessionKey(bytes.clone());
    }

    /**
     * Returns a copy of the key bytes.
     *
     * @return the 32 key bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Returns the key in the form the JCA {@code Mac} takes. */

    /** Returns this key's HMAC-SHA256, with its padded blocks already hashed. */
    KeyedHmac hmac() {
        return hmac;
    }

    /**
     * Tells whether {@code other} is a session key with the same bytes, comparing in constant
     * time.
     */
    @Override
    public boolean equals(Object other) {
        // Constant time, so that timing never tells how many leading key bytes match.
        return other instanceof SessionKey
                && MessageDigest.isEqual(bytes, ((SessionKey) other).bytes);
    }

    /** Returns a value that is the same for every key, so that it reveals nothing of the key. */
    @Override
    public int hashCode() {
        return ALGORITHM.hashCode();
    }

    /** Returns the algorithm and size of the key, never its bytes. */
    @Override
    public String toString() {
        return "SessionKey[" + ALGORITHM + ", " + (8 * LENGTH_BYTES) + " bits]";
    }
}
