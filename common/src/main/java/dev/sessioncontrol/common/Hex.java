package dev.sessioncontrol.common;

/** Lower-case hexadecimal text for byte values. */
final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    static void appendByte(StringBuilder out, int value) {
        out.append(DIGITS[(value >>> 4) & 0xf]).append(DIGITS[value & 0xf]);
    }

    /** Returns the value of one hex digit of either case, or -1 if {@code c} is not one. */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
