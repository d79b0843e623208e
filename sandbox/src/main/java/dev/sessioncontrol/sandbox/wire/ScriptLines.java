package dev.sessioncontrol.sandbox.wire;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The line protocol between the sandbox and a client process's script console. The sandbox
 * writes one request per line to the client's standard input: a number and the code in
 * base64url, so that code of several lines fits on one. The client answers on its standard
 * output with marked lines, each naming the request: the echo of the code, each line it
 * printed, each line of its error, and an end line saying whether it raised.
 *
 * <p>Marked lines start with an ASCII record separator, a control character that the client's
 * tables and notices never print (they show control characters as escapes), so the sandbox
 * tells them from the client's own log lines.
 */
public final class ScriptLines {
    private static final String MARK = "\u001eSC ";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ScriptLines() {
    }

    /** What a marked line carries. */
    public enum Kind {
        /** The code as typed, shown before its output. */
        ECHO,
        /** A line the code printed. */
        OUTPUT,
        /** A line of the error the code raised. */
        ERROR,
        /** The code ran without raising. */
        DONE,
        /** The code raised; its error lines came before. */
        FAILED
    }

    /**
     * Returns the request line for a piece of code.
     *
     * @param id the request's number
     * @param code the code, of one or more lines
     * @return the line, without a line break
     */
    public static String request(int id, String code) {
        return id + " " + ENCODER.encodeToString(code.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a request line.
     *
     * @param line the line
     * @return the request
     * @throws IllegalArgumentException if the line is not a request
     */
    public static Request parseRequest(String line) {
        int space = line.indexOf(' ');
        if (space < 1) {
            throw new IllegalArgumentException("A script request is '<number> <base64url>'");
        }
        try {
            int id = Integer.parseInt(line.substring(0, space));
            String code = new String(DECODER.decode(line.substring(space + 1).trim()),
                    StandardCharsets.UTF_8);
            return new Request(id, code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A script request is '<number> <base64url>': "
                    + e.getMessage(), e);
        }
    }

    /**
     * Returns a marked answer line.
     *
     * @param kind what it carries
     * @param id the request's number
     * @param text the text; empty for the end lines
     * @return the line, without a line break
     */
    public static String answer(Kind kind, int id, String text) {
        return MARK + kind.name() + " " + id + " " + Objects.requireNonNull(text, "text");
    }

    /**
     * Reads an answer line.
     *
     * @param line a line of the client's output
     * @return the answer, or empty for an ordinary output line
     */
    public static Optional<Answer> parseAnswer(String line) {
        if (!line.startsWith(MARK)) {
            return Optional.empty();
        }
        String[] parts = line.substring(MARK.length()).split(" ", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Answer(Kind.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    parts.length == 3 ? parts[2] : ""));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /**
     * One request.
     *
     * @param id its number
     * @param code the code
     */
    public record Request(int id, String code) {
    }

    /**
     * One marked answer line.
     *
     * @param kind what it carries
     * @param id the request's number
     * @param text its text
     */
    public record Answer(Kind kind, int id, String text) {
    }
}
