package dev.sessioncontrol.common;

/**
 * Names shared by every scope of the Session Control module: the module id, the push message
 * type that carries terminate orders, and the scripting namespace.
 */
public final class SessionControlModule {
    /** The module id, also used as the module id of its push notifications. */
    public static final String MODULE_ID = "dev.sessioncontrol";

    /** The push message type whose payload is a terminate token. */
    public static final String TERMINATE_MESSAGE_TYPE = "terminate";

    /** The scripting namespace of the module's functions. */
    public static final String SCRIPT_NAMESPACE = "system.sessions";

    private SessionControlModule() {
    }
}
