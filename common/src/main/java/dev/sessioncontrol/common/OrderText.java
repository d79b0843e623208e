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
        requireWellFormed(field, value);
        int control = indexOfControl(value, false);
        if (control >= 0) {
            throw controlCharacter(field, value, control, "no control characters");
        }
        return value;
    }

    /** Checks a reason: may be empty, bounded, no control characters but line feed and tab. */
    static String requireReason(String value, int maxChars) {
        String reason = value == null ? "" : value;
        requireLength("reason", reason, maxChars);
        requireWellFormed("reason", reason);
        int control = indexOfControl(reason, true);
        if (control >= 0) {
            throw controlCharacter("reason", reason, control,
                    "no control characters except line feed and tab");
        }
        return reason;
    }

    private static void requireLength(String field, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(field + " must be at most " + maxChars
                    + " chars, but was " + value.length() + " chars: " + TextQuote.of(value));
        }
    }

    private static void requireWellFormed(String field, String value) {
        int index = indexOfUnpairedSurrogate(value);
        if (index >= 0) {
            throw new IllegalArgumentException(field + " must be well-formed UTF-16, but has an"
                    + " unpaired surrogate at index " + index + ": " + TextQuote.of(value));
        }
    }

    private static int indexOfUnpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (!paired) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static int indexOfControl(String value, boolean allowLineFeedAndTab) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean printableAscii = c >= 0x20 && c < 0x7f;
            if (printableAscii) {
                continue;
            }
            boolean allowed = allowLineFeedAndTab && (c == '\n' || c == '\t');
            if (!allowed && isControl(c)) {
                return i;
            }
        }
        return -1;
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
