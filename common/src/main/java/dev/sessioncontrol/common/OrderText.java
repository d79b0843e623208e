package dev.sessioncontrol.common;

/** The rules for the text fields of a terminate order. */
final class OrderText {
    private OrderText() {
    }

    /** Checks a session id or user name: not blank, bounded, no control characters. */
    static String requireName(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was "
                    + TextQuote.of(value));
        }
        requireLength(field, value, maxChars);
        requireCharacters(field, value, false);
        return value;
    }

    /** Checks a reason: may be empty, bounded, no control characters but line feed and tab. */
    static String requireReason(String value, int maxChars) {
        String reason = value == null ? "" : value;
        requireLength("reason", reason, maxChars);
        requireCharacters("reason", reason, true);
        return reason;
    }

    private static void requireLength(String field, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(field + " must be at most " + maxChars
                    + " chars, but was " + value.length() + " chars: " + TextQuote.of(value));
        }
    }

    /** Checks in one pass for unpaired surrogates and for control characters. */
    private static void requireCharacters(String field, String value, boolean isReason) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (!isPairAt(value, i)) {
                    throw new IllegalArgumentException(field + " must be well-formed UTF-16,"
                            + " but has an unpaired surrogate at index " + i + ": "
                            + TextQuote.of(value));
                }
                i++;
            } else if (isControl(c) && !(isReason && (c == '\n' || c == '\t'))) {
                throw controlCharacter(field, value, i, isReason
                        ? "no control characters except line feed and tab"
                        : "no control characters");
            }
        }
    }

    private static boolean isPairAt(String value, int index) {
        return Character.isHighSurrogate(value.charAt(index))
                && index + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(index + 1));
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static IllegalArgumentException controlCharacter(
            String field, String value, int index, String rule) {
        return new IllegalArgumentException(String.format(
                "%s must have %s, but has U+%04X at index %d: %s",
                field, rule, (int) value.charAt(index), index, TextQuote.of(value)));
    }
}
