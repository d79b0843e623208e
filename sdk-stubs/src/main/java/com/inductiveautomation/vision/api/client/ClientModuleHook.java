package com.inductiveautomation.vision.api.client;

import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 Vision client module hook (the members this module overrides).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/vision/api/client/ClientModuleHook.html
 */
public interface ClientModuleHook {
    void startup(ClientContext context, LicenseState activationState) throws Exception;

    void shutdown();

    void initializeScriptManager(ScriptManager manager);
}
