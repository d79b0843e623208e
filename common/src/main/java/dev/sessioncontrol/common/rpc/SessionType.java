package dev.sessioncontrol.common.rpc;

/** What kind of session a listed session is, as shown in the {@code type} column. */
public enum SessionType {
    /** A Vision client, ended by a signed terminate order. */
    VISION("vision"),
    /** A designer, ended by a signed terminate order when a kick names designers. */
    DESIGNER("designer"),
    /** A Perspective session, closed by the gateway with the reason shown to the user. */
    PERSPECTIVE("perspective");

    private final String label;

    SessionType(String label) {
        this.label = label;
    }

    /** Returns the lower-case name used in datasets. */
    public String label() {
        return label;
    }
}
