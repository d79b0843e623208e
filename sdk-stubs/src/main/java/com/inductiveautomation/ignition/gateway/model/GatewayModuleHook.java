package com.inductiveautomation.ignition.gateway.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;

/**
 * Stand-in for the Ignition 8.1 gateway module hook (the members this module overrides).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/gateway/model/GatewayModuleHook.html
 */
public interface GatewayModuleHook {
    void setup(GatewayContext context);

    void startup(LicenseState activationState);

    void shutdown();

    void initializeScriptManager(ScriptManager manager);

    Object getRPCHandler(ClientReqSession session, String projectName);

    boolean isFreeModule();
}
