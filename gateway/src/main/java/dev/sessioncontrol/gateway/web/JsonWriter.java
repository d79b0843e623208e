package dev.sessioncontrol.gateway.web;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON text by hand, with commas placed by the writer and every string escaped.
 *
 * <p>Security note: besides the escapes JSON requires, the characters {@code < > &} and the line
 * separators U+2028/U+2029 are written as {@code \\u} escapes, so the text stays inert even if
 * someone pastes it into an HTML page or a script block.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    /** One entry per open object or array: true until its first member is written. */
    private final Deque<Boolean> firstMember = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        firstMember.push(true);
        return this;
    }

    JsonWriter endObject() {
        firstMember.pop();
        out.append('}');
        return this;
    }

    JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        firstMember.push(true);
        return this;
    }

    JsonWriter endArray() {
        firstMember.pop();
        out.append(']');
        return this;
    }

    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(':');
        afterName = true;
        return this;
    }

    JsonWriter value(String text) {
        beforeValue();
        if (text == null) {
            out.append("null");
        } else {
            quote(text);
        }
        return this;
    }

    JsonWriter value(boolean flag) {
        beforeValue();
        out.append(flag);
        return this;
    }

    JsonWriter value(long number) {
        beforeValue();
        out.append(number);
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    @Override
    public String toString() {
        if (!firstMember.isEmpty()) {
            throw new IllegalStateException("JSON text is incomplete: " + firstMember.size()
                    + " object(s) or array(s) still open");
        }
        return out.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            separate();
        }
    }

    private void separate() {
        if (firstMember.isEmpty()) {
            return;
        }
        if (!firstMember.pop()) {
            out.append(',');
        }
        firstMember.push(false);
    }

    private void quote(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    appendPlainOrEscaped(c);
            }
        }
        out.append('"');
    }

    private void appendPlainOrEscaped(char c) {
        boolean risky = c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028'
                || c == '\u2029' || Character.isSurrogate(c);
        if (!risky) {
            out.append(c);
            return;
        }
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
    }
}
