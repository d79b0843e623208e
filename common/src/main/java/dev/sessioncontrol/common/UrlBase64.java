package dev.sessioncontrol.common;

import java.util.Base64;
import java.util.Optional;

/**
 * Unpadded base64url (RFC 4648, section 5), decoded strictly: only the 64 url-safe characters,
 * no padding, and no stray bits in the last character, so that every byte string has exactly one
 * text form.
 */
final class UrlBase64 {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private UrlBase64() {
    }

    static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_';
    }

    /**
     * Decodes {@code text}, which must hold only alphabet characters, or returns empty if it is
     * not the canonical form of any bytes.
     */
    static Optional<byte[]> decodeCanonical(String text) {
        int tail = text.length() % 4;
        if (tail == 1) {
            return Optional.empty();
        }
        // With 2 or 3 characters in the last group, the lowest 4 or 2 bits carry no data; the
        // canonical form has them zero, otherwise two texts would decode to the same bytes.
        int unusedBits = tail == 2 ? 0x0f : tail == 3 ? 0x03 : 0;
        if (tail != 0 && (valueOf(text.charAt(text.length() - 1)) & unusedBits) != 0) {
            return Optional.empty();
        }
        return Optional.of(DECODER.decode(text));
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : 63;
    }
}
