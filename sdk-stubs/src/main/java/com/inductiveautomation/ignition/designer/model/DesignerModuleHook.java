package com.inductiveautomation.ignition.designer.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 designer module hook (the members this module overrides).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/designer/model/DesignerModuleHook.html
 */
public interface DesignerModuleHook {
    void startup(DesignerContext context, LicenseState activationState) throws Exception;

    void shutdown();

    void initializeScriptManager(ScriptManager manager);
}
