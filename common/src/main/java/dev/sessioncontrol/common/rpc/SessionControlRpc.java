package dev.sessioncontrol.common.rpc;

/**
 * The RPC interface between the Session Control client and designer modules and the gateway.
 *
 * <p>The gateway builds one handler per call for the calling session, so every method knows its
 * caller from the gateway's own session record, never from anything the caller sends.
 */
public interface SessionControlRpc extends SessionOperations {
    /**
     * Registers the calling session's client module: issues it a fresh signing key and tells it
     * the gateway's clock.
     *
     * @return the key, the session's public id and the gateway time
     */
    Registration register();

    /**
     * Reports what the calling session did with a terminate order.
     *
     * @param acknowledgement the order and the client's answer to it
     */
    void acknowledge(Acknowledgement acknowledgement);
}
