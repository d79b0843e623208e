package com.inductiveautomation.ignition.designer.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 base class of designer hooks; methods have empty defaults.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * designer hooks, which extend it and override {@code startup(DesignerContext, LicenseState)
 * throws Exception}, {@code shutdown()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-network-function/gateway-network-function-designer/src/main/java/com/inductiveautomation/ignition/examples/designer/DesignerHook.java
 * and {@code initializeScriptManager(ScriptManager)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-designer/src/main/java/com/inductiveautomation/ignition/examples/scripting/designer/DesignerHook.java
 */
public abstract class AbstractDesignerModuleHook implements DesignerModuleHook {
    /**
     * Called when the designer starts the module; does nothing by default.
     *
     * @param context the designer context
     * @param activationState the module's license state
     * @throws Exception if the module cannot start
     */
    @Override
    public void startup(DesignerContext context, LicenseState activationState) throws Exception {
    }

    /** Called when the designer stops the module; does nothing by default. */
    @Override
    public void shutdown() {
    }

    /**
     * Lets the module add script functions to the designer's script manager; does nothing by
     * default.
     *
     * @param manager the designer's script manager
     */
    @Override
    public void initializeScriptManager(ScriptManager manager) {
    }
}
