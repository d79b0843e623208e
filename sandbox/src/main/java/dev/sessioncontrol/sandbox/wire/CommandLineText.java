package dev.sessioncontrol.sandbox.wire;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The ASCII form in which the sandbox passes names (users, hosts, projects, roles) to a client
 * JVM's command line: percent-encoded UTF-8.
 *
 * <p>A command line is encoded in the platform's locale, so under a plain {@code C} locale a
 * name such as "José" would reach the client as "Jos?". In this form every name arrives as it
 * was given.
 */
public final class CommandLineText {
    private CommandLineText() {
    }

    /**
     * Returns the ASCII form of a name.
     *
     * @param text the name
     * @return its percent-encoded UTF-8
     */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * Returns the name an ASCII form stands for.
     *
     * @param ascii the form {@link #encode} made
     * @return the name
     * @throws IllegalArgumentException if the form holds a broken escape
     */
    public static String decode(String ascii) {
        return URLDecoder.decode(ascii, StandardCharsets.UTF_8);
    }
}
