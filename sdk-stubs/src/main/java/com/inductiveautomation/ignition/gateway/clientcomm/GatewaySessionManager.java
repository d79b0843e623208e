package com.inductiveautomation.ignition.gateway.clientcomm;

import java.io.Serializable;
import java.util.List;

/**
 * Stand-in for the Ignition 8.1 registry of Vision client and designer sessions.
 *
 * <p>No 8.1 page of this type is in the stored javadoc. Checked against the 7.8.4 page:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/gateway/clientcomm/GatewaySessionManager.html
 * 8.1 module code calls {@code findSessions()} and {@code sendNotification(int, String,
 * String, Serializable)} (design-group/ignition-project-scan-endpoint, SDK 8.1.28), and the
 * 8.1 SDK guide says notifications go "through the GatewaySessionManager ... to a specific
 * Client or to all currently active sessions":
 * https://www.sdk-docs.inductiveautomation.com/docs/programming-for-the-designer/gateway-to-client-communication-push-notification/
 * Whether {@code findSession(String)} takes the public id or the servlet session id is
 * unconfirmed.
 */
public interface GatewaySessionManager {
    /**
     * Finds one session by id.
     *
     * @param id the session id
     * @return the session, or null if there is none
     */
    ClientReqSession findSession(String id);

    /**
     * Returns every Vision client and designer session.
     *
     * @return the sessions
     */
    List<ClientReqSession> findSessions();

    /**
     * Returns the sessions of the given scopes.
     *
     * @param scope an ApplicationScope mask
     * @return the sessions
     */
    List<ClientReqSession> findSessions(int scope);

    /**
     * Returns the number of sessions.
     *
     * @return the session count
     */
    int getSessionCount();

    /**
     * Queues a notification for every session of the given scopes.
     *
     * @param scope an ApplicationScope mask
     * @param moduleId the id of the module the notification is for
     * @param messageType the module-defined message type
     * @param message the payload
     * @throws Exception if the notification cannot be queued
     */
    void sendNotification(int scope, String moduleId, String messageType, Serializable message)
            throws Exception;
}
