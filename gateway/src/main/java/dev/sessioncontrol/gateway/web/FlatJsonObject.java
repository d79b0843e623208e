package dev.sessioncontrol.gateway.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the small request bodies of the web routes: one JSON object whose members are strings,
 * whole numbers, booleans or null. Anything else (nesting, fractions, duplicate names, trailing
 * text) is refused with a message that says where and what was expected.
 *
 * <p>Values come back as {@code String}, {@code Long}, {@code Boolean}, or {@link #NULL}.
 */
final class FlatJsonObject {
    /** Stands for a JSON {@code null} member, since maps cannot tell it from a missing one. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DIGITS = 18;

    private final String text;
    private int pos;

    private FlatJsonObject(String text) {
        this.text = text;
    }

    /**
     * Parses a flat JSON object.
     *
     * @param text the body
     * @return the members in the order they appeared
     * @throws IllegalArgumentException if the text is not such an object
     */
    static Map<String, Object> parse(String text) {
        return new FlatJsonObject(text).object();
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            pos++;
        } else {
            readMembers(members);
        }
        skipSpace();
        if (pos != text.length()) {
            throw fail("the end of the body after the object");
        }
        return Collections.unmodifiableMap(members);
    }

    private void readMembers(Map<String, Object> members) {
        while (true) {
            skipSpace();
            int nameAt = pos;
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            Object value = value();
            if (members.put(name, value) != null) {
                pos = nameAt;
                throw fail("each member name once, but '" + name + "' repeats");
            }
            skipSpace();
            char next = peek();
            pos++;
            if (next == '}') {
                return;
            }
            if (next != ',') {
                pos--;
                throw fail("',' or '}'");
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return NULL;
        }
        throw fail("a string, a whole number, true, false or null (no nested objects or arrays)");
    }

    private Long number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digitsAt = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        int digits = pos - digitsAt;
        if (digits == 0 || digits > MAX_DIGITS
                || (digits > 1 && text.charAt(digitsAt) == '0')) {
            pos = start;
            throw fail("a whole number of at most " + MAX_DIGITS + " digits without leading zeros");
        }
        char next = peek();
        if (next == '.' || next == 'e' || next == 'E') {
            throw fail("a whole number, without fraction or exponent");
        }
        return Long.valueOf(text.substring(start, pos));
    }

    private String string() {
        expect('"');
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw fail("a closing '\"'");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return value.toString();
            }
            if (c < 0x20) {
                pos--;
                throw fail("no raw control characters inside a string (escape them)");
            }
            value.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        char c = peek();
        pos++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            default:
                pos--;
                throw fail("one of the JSON escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
    }

    private char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw fail("four hex digits after \\u");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos), 16);
            if (digit < 0) {
                throw fail("four hex digits after \\u");
            }
            code = code * 16 + digit;
            pos++;
        }
        return (char) code;
    }

    private void expect(char wanted) {
        if (peek() != wanted) {
            throw fail("'" + wanted + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException fail(String expected) {
        String found = pos >= text.length() ? "the end of the body"
                : "'" + printable(text.charAt(pos)) + "'";
        return new IllegalArgumentException("The request body is not valid: at character "
                + pos + " expected " + expected + " but found " + found);
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }
}
