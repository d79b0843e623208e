package dev.sessioncontrol.designer;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.designer.model.AbstractDesignerModuleHook;
import com.inductiveautomation.ignition.designer.model.DesignerContext;
import dev.sessioncontrol.client.ClientPlatform;
import dev.sessioncontrol.client.TerminationService;
import dev.sessioncontrol.client.VisionPlatform;
import dev.sessioncontrol.common.rpc.ResolvedOperations;
import dev.sessioncontrol.common.script.SessionsNamespace;
import java.util.Objects;

/**
 * The designer hook of Session Control: puts {@code system.sessions} in the script console and
 * designer scripting, where every call goes to the gateway over RPC, which checks the designer
 * user's roles; and registers the designer so that an administrator can end it, which the
 * gateway allows only when a kick names designers explicitly.
 */
public final class DesignerHook extends AbstractDesignerModuleHook {
    private final ClientPlatform platform;
    private final TerminationService termination;

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
        this.termination = new TerminationService(platform);
    }

    @Override
    public void startup(DesignerContext context, LicenseState activationState) {
        termination.startFromHook(context, "designer");
    }

    @Override
    public void shutdown() {
        termination.stop();
    }

    @Override
    public void initializeScriptManager(ScriptManager manager) {
        super.initializeScriptManager(manager);
        SessionsNamespace.install(manager, new ResolvedOperations(platform::rpc));
    }
}
