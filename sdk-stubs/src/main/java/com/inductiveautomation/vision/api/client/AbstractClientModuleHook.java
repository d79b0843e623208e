package com.inductiveautomation.vision.api.client;

import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 base class of Vision client hooks; methods have empty defaults.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * client hooks, which extend it and override {@code startup(ClientContext, LicenseState)
 * throws Exception}, {@code shutdown()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-client/src/main/java/com/inductiveautomation/ignition/examples/client/ClientHook.java
 * and {@code initializeScriptManager(ScriptManager)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-client/src/main/java/com/inductiveautomation/ignition/examples/scripting/client/ClientHook.java
 */
public abstract class AbstractClientModuleHook implements ClientModuleHook {
    /**
     * Called when the client starts the module; does nothing by default.
     *
     * @param context the client context
     * @param activationState the module's license state
     * @throws Exception if the module cannot start
     */
    @Override
    public void startup(ClientContext context, LicenseState activationState) throws Exception {
    }

    /** Called when the client stops the module; does nothing by default. */
    @Override
    public void shutdown() {
    }

    /**
     * Lets the module add script functions to the client's script manager; does nothing by
     * default.
     *
     * @param manager the client's script manager
     */
    @Override
    public void initializeScriptManager(ScriptManager manager) {
    }
}
