package dev.sessioncontrol.common.rpc;

import java.util.Locale;

/** The kind of a gateway session, as shown in the {@code scope} column of a listing. */
public enum SessionScope {
    /** A Vision client. */
    CLIENT("client"),
    /** A designer. */
    DESIGNER("designer");

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
     * @param label "client" or "designer"
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
                + "': expected 'client' or 'designer'");
    }
}
