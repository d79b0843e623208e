package com.inductiveautomation.ignition.designer.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 designer module hook (the members this module overrides).
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * designer hook (see {@link AbstractDesignerModuleHook}):
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-designer/src/main/java/com/inductiveautomation/ignition/examples/designer/DesignerHook.java
 */
public interface DesignerModuleHook {
    /**
     * Called when the designer starts the module.
     *
     * @param context the designer context
     * @param activationState the module's license state
     * @throws Exception if the module cannot start
     */
    void startup(DesignerContext context, LicenseState activationState) throws Exception;

    /** Called when the designer stops the module. */
    void shutdown();

    /**
     * Lets the module add script functions to the designer's script manager.
     *
     * @param manager the designer's script manager
     */
    void initializeScriptManager(ScriptManager manager);
}
