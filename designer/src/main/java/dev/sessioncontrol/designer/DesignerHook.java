package dev.sessioncontrol.designer;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.designer.model.AbstractDesignerModuleHook;
import dev.sessioncontrol.client.ClientPlatform;
import dev.sessioncontrol.client.RpcOperations;
import dev.sessioncontrol.client.VisionPlatform;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.script.SessionsDocProvider;
import dev.sessioncontrol.common.script.SessionsScriptModule;
import java.util.Objects;

/**
 * The designer hook of Session Control: puts {@code system.sessions} in the script console and
 * designer scripting. Every call goes to the gateway over RPC, which checks the designer user's
 * roles.
 */
public final class DesignerHook extends AbstractDesignerModuleHook {
    private final ClientPlatform platform;

    /** Creates the hook for a designer; Ignition calls this. */
    public DesignerHook() {
        this(new VisionPlatform());
    }

    /**
     * Creates the hook on a given platform.
     *
     * @param platform supplies the RPC proxy
     */
    public DesignerHook(ClientPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Override
    public void initializeScriptManager(ScriptManager manager) {
        super.initializeScriptManager(manager);
        manager.addScriptModule(SessionControlModule.SCRIPT_NAMESPACE,
                new SessionsScriptModule(new RpcOperations(platform)), new SessionsDocProvider());
    }
}
