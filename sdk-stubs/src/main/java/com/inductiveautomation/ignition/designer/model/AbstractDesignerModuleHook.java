package com.inductiveautomation.ignition.designer.model;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;

/**
 * Stand-in for the Ignition 8.1 base class of designer hooks; methods have empty defaults.
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/designer/model/AbstractDesignerModuleHook.html
 */
public abstract class AbstractDesignerModuleHook implements DesignerModuleHook {
    @Override
    public void startup(DesignerContext context, LicenseState activationState) throws Exception {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void initializeScriptManager(ScriptManager manager) {
    }
}
