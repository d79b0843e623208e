package dev.sessioncontrol.common.script;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.SessionOperations;

/**
 * Puts {@code system.sessions} into a scope's script manager, with its hints; the same call in
 * the gateway, Vision client and designer hooks, each with the operations of its scope.
 */
public final class SessionsNamespace {
    private SessionsNamespace() {
    }

    /**
     * Adds the namespace.
     *
     * @param manager the scope's script manager
     * @param operations what the namespace's functions do in this scope
     */
    public static void install(ScriptManager manager, SessionOperations operations) {
        manager.addScriptModule(SessionControlModule.SCRIPT_NAMESPACE,
                new SessionsScriptModule(operations), new SessionsDocProvider());
    }
}
