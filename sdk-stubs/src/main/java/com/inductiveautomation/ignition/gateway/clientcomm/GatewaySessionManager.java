package com.inductiveautomation.ignition.gateway.clientcomm;

import java.io.Serializable;
import java.util.List;

/**
 * Stand-in for the Ignition 8.1 registry of Vision client and designer sessions.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/gateway/clientcomm/GatewaySessionManager.html
 * (no 8.1 page is published in the stored javadoc; 8.x module code calls the same members).
 */
public interface GatewaySessionManager {
    ClientReqSession findSession(String id);

    List<ClientReqSession> findSessions();

    List<ClientReqSession> findSessions(int scope);

    int getSessionCount();

    void sendNotification(int scope, String moduleId, String messageType, Serializable message)
            throws Exception;
}
