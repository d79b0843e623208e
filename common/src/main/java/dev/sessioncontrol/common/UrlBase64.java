package dev.sessioncontrol.common;

import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Unpadded base64url (RFC 4648, section 5), decoded strictly: only the 64 url-safe characters,
 * no padding, and no stray bits in the last character, so that every byte string has exactly one
 * text form.
 */
final class UrlBase64 {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int[] VALUES = new int[256];
    // The 12 bits of two characters at once, indexed by (first << 7 | second) for chars below
    // 128; -1 where either is not in the alphabet. Halves the table reads of the main loop.
    private static final short[] PAIRS = new short[128 * 128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
        Arrays.fill(PAIRS, (short) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            for (int j = 0; j < ALPHABET.length(); j++) {
                PAIRS[ALPHABET.charAt(i) << 7 | ALPHABET.charAt(j)] = (short) (i << 6 | j);
            }
        }
    }

    private UrlBase64() {
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    static boolean isAlphabet(char c) {
        return c < VALUES.length && VALUES[c] >= 0;
    }

    /**
     * Decodes the chars in {@code text} from {@code from} (inclusive) to {@code to}
     * (exclusive), or returns empty if they are not the canonical unpadded base64url form of any
     * bytes. It reads the string in place: no copy of the token is made.
     */
    static Optional<byte[]> decodeCanonical(String text, int from, int to) {
        int tail = (to - from) % 4;
        if (tail == 1) {
            return Optional.empty();
        }
        byte[] bytes = new byte[(to - from) / 4 * 3 + Math.max(tail - 1, 0)];
        int out = 0;
        int in = from;
        for (int end = to - tail; in < end; in += 4) {
            char c0 = text.charAt(in);
            char c1 = text.charAt(in + 1);
            char c2 = text.charAt(in + 2);
            char c3 = text.charAt(in + 3);
            if ((c0 | c1 | c2 | c3) >= 128) {
                return Optional.empty();
            }
            // A -1 (not in the alphabet) shifted left stays negative, and so does the whole OR.
            int group = PAIRS[c0 << 7 | c1] << 12 | PAIRS[c2 << 7 | c3];
            if (group < 0) {
                return Optional.empty();
            }
            bytes[out++] = (byte) (group >> 16);
            bytes[out++] = (byte) (group >> 8);
            bytes[out++] = (byte) group;
        }
        return tail == 0 || decodeTail(text, in, tail, bytes, out)
                ? Optional.of(bytes)
                : Optional.empty();
    }

    // With 2 or 3 chars in the last group, its lowest 4 or 2 bits carry no data; the canonical
    // form has them zero, otherwise two texts would decode to the same bytes.
    private static boolean decodeTail(String text, int in, int tail, byte[] bytes, int out) {
        int last = valueOf(text, in + tail - 1);
        if (tail == 2) {
            int group = valueOf(text, in) << 6 | last;
            bytes[out] = (byte) (group >> 4);
            return group >= 0 && (last & 0x0f) == 0;
        }
        int group = valueOf(text, in) << 12 | valueOf(text, in + 1) << 6 | last;
        bytes[out] = (byte) (group >> 10);
        bytes[out + 1] = (byte) (group >> 2);
        return group >= 0 && (last & 0x03) == 0;
    }

    private static int valueOf(String text, int index) {
        char c = text.charAt(index);
        return c < VALUES.length ? VALUES[c] : -1;
    }
}
