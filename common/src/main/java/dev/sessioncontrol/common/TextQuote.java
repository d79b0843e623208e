package dev.sessioncontrol.common;

/**
 * Renders untrusted text for error messages and {@code toString()}: quoted, shortened, and with
 * control and non-ASCII characters escaped so that a value cannot forge extra log lines.
 */
final class TextQuote {
    private static final int MAX_SHOWN_CHARS = 64;

    private TextQuote() {
    }

    static String of(CharSequence text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder(Math.min(text.length(), MAX_SHOWN_CHARS) + 8);
        quoted.append('"');
        int shown = Math.min(text.length(), MAX_SHOWN_CHARS);
        for (int i = 0; i < shown; i++) {
            appendEscaped(quoted, text.charAt(i));
        }
        quoted.append('"');
        if (shown < text.length()) {
            quoted.append("...(").append(text.length()).append(" chars)");
        }
        return quoted.toString();
    }

    private static void appendEscaped(StringBuilder out, char c) {
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out.append(c);
        } else {
            out.append(String.format("\\u%04x", (int) c));
        }
    }
}
