package com.inductiveautomation.ignition.gateway.model;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.audit.AuditManager;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import com.inductiveautomation.ignition.gateway.system.SystemManager;

/**
 * Stand-in for the Ignition 8.1 gateway context (the members this module uses).
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1
 * examples, which call {@code getAuditManager()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/slack-alarm-notification/slack-notification-gateway/src/main/java/com/inductiveautomation/ignition/examples/slack/profile/SlackNotificationProfile.java
 * and {@code getSystemManager()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-gateway/src/main/java/com/inductiveautomation/ignition/examples/service/GetLogsServiceImpl.java
 * and 8.1 module code calling {@code getGatewaySessionManager()} (shared/ignition-sdk/API.md,
 * section 2). The packages of AuditManager and SystemManager are unconfirmed (see
 * sdk-stubs/README.md).
 */
public interface GatewayContext {
    /**
     * Returns the registry of Vision client and designer sessions.
     *
     * @return the session manager
     */
    GatewaySessionManager getGatewaySessionManager();

    /**
     * Returns the registry of audit profiles.
     *
     * @return the audit manager
     */
    AuditManager getAuditManager();

    /**
     * Returns the gateway's view of its folders.
     *
     * @return the system manager
     */
    SystemManager getSystemManager();

    /**
     * Returns the gateway's script manager. Checked against: 8.x module code calling
     * {@code gatewayContext.getScriptManager()} and then {@code addScriptModule} /
     * {@code runCode} on it (found with the code search; no 8.1 javadoc page for
     * GatewayContext is published in the stored corpus; the 7.8.4 page lists it through
     * {@code BaseContext}).
     */
    ScriptManager getScriptManager();
}
