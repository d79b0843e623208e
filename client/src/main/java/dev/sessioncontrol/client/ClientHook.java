package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.client.model.ClientContext;
import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.vision.api.client.AbstractClientModuleHook;
import dev.sessioncontrol.common.rpc.ResolvedOperations;
import dev.sessioncontrol.common.script.SessionsNamespace;
import java.util.Objects;

/**
 * The Vision client hook of Session Control: at startup it registers this session with the
 * gateway and listens for signed terminate orders; it also puts {@code system.sessions} in the
 * client's scripting, where every call goes to the gateway over RPC.
 */
public final class ClientHook extends AbstractClientModuleHook {
    private final ClientPlatform platform;
    private final TerminationService termination;

    /** Creates the hook for a Vision client; Ignition calls this. */
    public ClientHook() {
        this(new VisionPlatform());
    }

    /**
     * Creates the hook on a given platform.
     *
     * @param platform what the hook needs from the program it runs in
     */
    public ClientHook(ClientPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.termination = new TerminationService(platform);
    }

    @Override
    public void startup(ClientContext context, LicenseState activationState) {
        termination.startFromHook(context, "client");
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
