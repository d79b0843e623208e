package com.inductiveautomation.ignition.gateway.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;

/**
 * Stand-in for the Ignition 8.1 base class of gateway hooks; every method has an empty default.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/gateway/model/AbstractGatewayModuleHook.html
 */
public abstract class AbstractGatewayModuleHook implements GatewayModuleHook {
    @Override
    public void initializeScriptManager(ScriptManager manager) {
    }

    @Override
    public Object getRPCHandler(ClientReqSession session, String projectName) {
        return null;
    }

    @Override
    public boolean isFreeModule() {
        return false;
    }
}
