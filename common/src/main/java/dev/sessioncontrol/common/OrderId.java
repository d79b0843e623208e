package dev.sessioncontrol.common;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The 128-bit random id of one terminate order. The gateway draws a new one for every order; the
 * client remembers recent ones to refuse a replayed order, and acknowledges by id.
 *
 * <p>An order id is not a secret: {@link #toString()} shows it in full, as 32 lower-case hex
 * digits.
 */
public final class OrderId {
    /** The length of an order id in bytes. */
    static final int LENGTH_BYTES = 16;

    private static final int HEX_CHARS = 2 * LENGTH_BYTES;

    private final long high;
    private final long low;

    private OrderId(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /**
     * Returns a new order id with 128 bits drawn from {@code random}.
     *
     * @param random the source of the id's bits
     * @return a new order id
     * @throws NullPointerException if {@code random} is null
     */
    public static OrderId random(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] bytes = new byte[LENGTH_BYTES];
        random.nextBytes(bytes);
        return read(bytes, 0);
    }

    /**
     * Parses an order id from 32 hexadecimal digits, as {@link #toHex()} writes them. Upper-case
     * digits are accepted too.
     *
     * @param hex the order id as 32 hex digits
     * @return the order id
     * @throws NullPointerException if {@code hex} is null
     * @throws IllegalArgumentException if {@code hex} is not exactly 32 hex digits
     */
    public static OrderId fromHex(String hex) {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != HEX_CHARS) {
            throw badHex(hex);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < HEX_CHARS; i++) {
            int digit = Hex.digitValue(hex.charAt(i));
            if (digit < 0) {
                throw badHex(hex);
            }
            if (i < HEX_CHARS / 2) {
                high = (high << 4) | digit;
            } else {
                low = (low << 4) | digit;
            }
        }
        return new OrderId(high, low);
    }

    /**
     * Returns this id as 32 lower-case hex digits.
     *
     * @return the id in hex
     */
    public String toHex() {
        StringBuilder hex = new StringBuilder(HEX_CHARS);
        appendHex(hex, high);
        appendHex(hex, low);
        return hex.toString();
    }

    /** Reads an id from the 16 bytes of {@code bytes} starting at {@code offset}, big-endian. */
    static OrderId read(byte[] bytes, int offset) {
        return new OrderId(readLong(bytes, offset), readLong(bytes, offset + 8));
    }

    /** Writes this id's 16 bytes into {@code bytes} at {@code offset}, big-endian. */
    void write(byte[] bytes, int offset) {
        writeLong(bytes, offset, high);
        writeLong(bytes, offset + 8, low);
    }

    static long readLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }

    static void writeLong(byte[] bytes, int offset, long value) {
        for (int i = 7; i >= 0; i--) {
            bytes[offset + i] = (byte) value;
            value >>>= 8;
        }
    }

    private static void appendHex(StringBuilder out, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            Hex.appendByte(out, (int) (value >>> shift));
        }
    }

    private static IllegalArgumentException badHex(String hex) {
        return new IllegalArgumentException("An order id must be exactly " + HEX_CHARS
                + " hex digits (0-9, a-f), but was " + TextQuote.of(hex) + " ("
                + hex.length() + " chars)");
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OrderId)) {
            return false;
        }
        OrderId that = (OrderId) other;
        return high == that.high && low == that.low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high) * 31 + Long.hashCode(low);
    }

    /** Returns the id as 32 lower-case hex digits, like {@link #toHex()}. */
    @Override
    public String toString() {
        return toHex();
    }
}
