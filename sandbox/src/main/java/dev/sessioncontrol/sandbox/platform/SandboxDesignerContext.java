package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.designer.model.DesignerContext;
import java.util.Objects;

/**
 * The context of a simulated designer: its script manager and project.
 *
 * @param scriptManager the designer's script manager
 * @param projectName the project open in the designer
 */
public record SandboxDesignerContext(ScriptManager scriptManager, String projectName)
        implements DesignerContext {
    /** Checks the parts. */
    public SandboxDesignerContext {
        Objects.requireNonNull(scriptManager, "scriptManager");
        Objects.requireNonNull(projectName, "projectName");
    }

    @Override
    public ScriptManager getScriptManager() {
        return scriptManager;
    }

    @Override
    public String getProjectName() {
        return projectName;
    }
}
