package dev.sessioncontrol.sandbox.wire;

/** The HTTP paths and header of the sandbox gateway, shared by its server and its clients. */
public final class GatewayPaths {
    /** POST a {@link ClientIdentity}; answers a {@link LoginReply}. */
    public static final String LOGIN = "/login";
    /** POST an {@link RpcCall}; answers an {@link RpcReply}. */
    public static final String RPC = "/rpc";
    /** GET; waits for notifications and answers a {@link PushBatch}. */
    public static final String PUSH = "/push";
    /** POST; ends the session. */
    public static final String LOGOUT = "/logout";
    /** The request header that carries the session's secret id. */
    public static final String SESSION_HEADER = "X-Sandbox-Session";
    /** The content type of every message body. */
    public static final String CONTENT_TYPE = "application/x-java-serialized-object";

    private GatewayPaths() {
    }
}
