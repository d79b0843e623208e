package dev.sessioncontrol.common.rpc;

import java.util.Locale;

/**
 * Where a gateway session runs, as shown in the {@code scope} column of a listing: a Vision
 * client, a designer (including a Perspective session hosted by a designer), or a Perspective
 * session in a browser or the mobile app.
 */
public enum SessionScope {
    /** A Vision client. */
    CLIENT("client"),
    /** A designer, or a Perspective session running inside one. */
    DESIGNER("designer"),
    /** A Perspective session in a browser or the Perspective app. */
    PERSPECTIVE("perspective");

    private final String label;

    SessionScope(String label) {
        this.label = label;
    }

    /** Returns the lower-case name used in datasets and filters. */
    public String label() {
        return label;
    }

    /**
     * Returns the scope with the given label, ignoring case.
     *
     * @param label "client", "designer" or "perspective"
     * @return the scope
     * @throws IllegalArgumentException if the label names no scope
     */
    public static SessionScope fromLabel(String label) {
        String wanted = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        for (SessionScope scope : values()) {
            if (scope.label.equals(wanted)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("Unknown session scope '" + label
                + "': expected 'client', 'designer' or 'perspective'");
    }
}
