package dev.sessioncontrol.common;

/**
 * Renders text that came from a caller or a client (user and host names, reasons, ids) for logs
 * and messages: characters that could forge a log line or hide what a name says (control
 * characters, line and paragraph separators, bidi and zero-width format characters, unpaired
 * surrogates) become {@code \\uXXXX}, and long text is cut with its length noted. Printable
 * text, non-ASCII letters included, is kept as it is.
 */
public final class PrintableText {
    /** The longest text shown when no other bound is given, in chars. */
    public static final int DEFAULT_MAX_CHARS = 200;

    private PrintableText() {
    }

    /**
     * Returns the printable form of a text, at most {@value #DEFAULT_MAX_CHARS} chars of it.
     *
     * @param text any text, or null
     * @return the printable form; "null" for null
     */
    public static String of(String text) {
        return of(text, DEFAULT_MAX_CHARS);
    }

    /**
     * Returns the printable form of a text, at most {@code maxChars} chars of it.
     *
     * @param text any text, or null
     * @param maxChars how many chars of the text to show
     * @return the printable form; "null" for null
     */
    public static String of(String text, int maxChars) {
        if (text == null) {
            return "null";
        }
        int shown = Math.min(text.length(), Math.max(maxChars, 0));
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < shown
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (isHidden(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < text.length()) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }

    /**
     * Returns a text with each hidden code point (see {@link #of}) replaced by {@code ?} and at
     * most {@code maxCodePoints} code points kept, {@code ...} marking a cut: a short form for
     * messages a person reads, such as an id echoed back in an error.
     *
     * @param text any text, or null
     * @param maxCodePoints how many code points to keep
     * @return the masked form; "null" for null
     */
    public static String masked(String text, int maxCodePoints) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(Math.max(maxCodePoints, 0)).forEach(c ->
                out.appendCodePoint(isHidden(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > maxCodePoints
                ? out + "..." : out.toString();
    }

    /**
     * Tells whether a text holds a character that {@link #of} would escape.
     *
     * @param text any text, or null
     * @return true if some character is a control, separator, format or lone surrogate
     */
    public static boolean hasHidden(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (isHidden(c)) {
                return true;
            }
        }
        return false;
    }

    // A lone surrogate char or code point has the type SURROGATE; a paired one never reaches
    // here as a single char, and as a code point it is a supplementary character.
    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }
}
