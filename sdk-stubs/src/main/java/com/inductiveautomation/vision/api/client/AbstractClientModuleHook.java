package com.inductiveautomation.vision.api.client;

import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 base class of Vision client hooks; methods have empty defaults.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/vision/api/client/AbstractClientModuleHook.html
 */
public abstract class AbstractClientModuleHook implements ClientModuleHook {
    @Override
    public void startup(ClientContext context, LicenseState activationState) throws Exception {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void initializeScriptManager(ScriptManager manager) {
    }
}
