package com.inductiveautomation.vision.api.client;

import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 Vision client module hook (the members this module overrides).
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * client hook (see {@link AbstractClientModuleHook}):
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-client/src/main/java/com/inductiveautomation/ignition/examples/client/ClientHook.java
 */
public interface ClientModuleHook {
    /**
     * Called when the client starts the module.
     *
     * @param context the client context
     * @param activationState the module's license state
     * @throws Exception if the module cannot start
     */
    void startup(ClientContext context, LicenseState activationState) throws Exception;

    /** Called when the client stops the module. */
    void shutdown();

    /**
     * Lets the module add script functions to the client's script manager.
     *
     * @param manager the client's script manager
     */
    void initializeScriptManager(ScriptManager manager);
}
