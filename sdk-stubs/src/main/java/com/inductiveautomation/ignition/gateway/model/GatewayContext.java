package com.inductiveautomation.ignition.gateway.model;

import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;

/**
 * Stand-in for the Ignition 8.1 gateway context (the members this module uses).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/gateway/model/GatewayContext.html
 */
public interface GatewayContext {
    GatewaySessionManager getGatewaySessionManager();
}
