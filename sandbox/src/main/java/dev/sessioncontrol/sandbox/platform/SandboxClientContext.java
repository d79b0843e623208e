package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import java.util.Objects;

/**
 * The context of a simulated Vision client: its script manager and project.
 *
 * @param scriptManager the client's script manager
 * @param projectName the project the client runs
 */
public record SandboxClientContext(ScriptManager scriptManager, String projectName)
        implements ClientContext {
    /** Checks the parts. */
    public SandboxClientContext {
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
