package dev.sessioncontrol.gateway.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * The module's settings, kept by the gateway in {@code session-control.properties} in its data
 * folder. The file is created with the defaults on first start; edit it and restart the module
 * to change them. A bad value stops the module's start with a message naming the key, the value
 * and the accepted form.
 *
 * <pre>
 * kickRoles=Administrator            # comma-separated roles that may list and kick
 * maxOrdersPerMinute=120             # orders one caller may send per minute
 * answerTimeoutSeconds=60            # then an unanswered session is invalidated
 * historySize=500                    # orders kept for system.sessions.history()
 * auditProfile=                      # gateway audit profile to write to, or empty
 * </pre>
 */
public final class SessionControlSettings {
    /** The settings file's name in the gateway data folder. */
    public static final String FILE_NAME = "session-control.properties";

    private static final String KICK_ROLES = "kickRoles";
    private static final String MAX_ORDERS = "maxOrdersPerMinute";
    private static final String ANSWER_TIMEOUT = "answerTimeoutSeconds";
    private static final String HISTORY_SIZE = "historySize";
    private static final String AUDIT_PROFILE = "auditProfile";

    private final List<String> kickRoles;
    private final int maxOrdersPerMinute;
    private final int answerTimeoutSeconds;
    private final int historySize;
    private final String auditProfile;

    private SessionControlSettings(Properties values) {
        this.kickRoles = roles(values.getProperty(KICK_ROLES, "Administrator"));
        this.maxOrdersPerMinute = number(values, MAX_ORDERS, 120, 1, 100_000);
        this.answerTimeoutSeconds = number(values, ANSWER_TIMEOUT, 60, 5, 3600);
        this.historySize = number(values, HISTORY_SIZE, 500, 1, 100_000);
        this.auditProfile = values.getProperty(AUDIT_PROFILE, "").trim();
    }

    /** Returns the defaults. */
    public static SessionControlSettings defaults() {
        return new SessionControlSettings(new Properties());
    }

    /**
     * Reads the settings file in a folder, writing the defaults there first if it is missing.
     *
     * @param folder the gateway data folder
     * @return the settings
     * @throws IllegalStateException if the file cannot be read or holds a bad value
     */
    public static SessionControlSettings loadOrCreate(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                writeDefaults(file);
            }
            Properties values = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            }
            return new SessionControlSettings(values);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read Session Control settings " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Bad Session Control setting in " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** Returns the roles that may list and kick sessions. */
    public List<String> kickRoles() {
        return kickRoles;
    }

    /** Returns how many orders one caller may send per minute. */
    public int maxOrdersPerMinute() {
        return maxOrdersPerMinute;
    }

    /** Returns the seconds a client has to answer an order. */
    public int answerTimeoutSeconds() {
        return answerTimeoutSeconds;
    }

    /** Returns how many orders the history keeps. */
    public int historySize() {
        return historySize;
    }

    /** Returns the gateway audit profile to write to, or an empty string for none. */
    public String auditProfile() {
        return auditProfile;
    }

    @Override
    public String toString() {
        return "SessionControlSettings{kickRoles=" + kickRoles + ", maxOrdersPerMinute="
                + maxOrdersPerMinute + ", answerTimeoutSeconds=" + answerTimeoutSeconds
                + ", historySize=" + historySize + ", auditProfile=" + auditProfile + "}";
    }

    private static List<String> roles(String text) {
        List<String> roles = new ArrayList<>();
        for (String role : Arrays.asList(text.split(","))) {
            if (!role.trim().isEmpty()) {
                roles.add(role.trim());
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(KICK_ROLES + " is empty; expected one or more"
                    + " comma-separated role names, such as Administrator");
        }
        return Collections.unmodifiableList(roles);
    }

    private static int number(Properties values, String key, int defaultValue, int min,
            int max) {
        String text = values.getProperty(key);
        if (text == null || text.trim().isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new IllegalArgumentException(key + "=" + text.trim() + "; expected a whole number"
                + " from " + min + " to " + max);
    }

    private static void writeDefaults(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Session Control settings. Restart the module after a change.\n");
            out.write("# Roles that may list and kick sessions, comma-separated.\n");
            out.write(KICK_ROLES + "=Administrator\n");
            out.write("# Terminate orders one caller may send per minute.\n");
            out.write(MAX_ORDERS + "=120\n");
            out.write("# Seconds a client has to answer an order before the gateway invalidates"
                    + " its session.\n");
            out.write(ANSWER_TIMEOUT + "=60\n");
            out.write("# Orders kept for system.sessions.history().\n");
            out.write(HISTORY_SIZE + "=500\n");
            out.write("# Gateway audit profile to record kicks in; empty for none.\n");
            out.write(AUDIT_PROFILE + "=\n");
        }
    }

}
