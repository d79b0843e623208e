package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.audit.AuditManager;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.ignition.gateway.system.SystemManager;
import java.util.Objects;

/**
 * The sandbox gateway's context: what a gateway hook may ask of the platform.
 *
 * @param sessionManager the gateway's sessions
 * @param auditTrail the gateway's audit profiles
 * @param systemManager the gateway's folders
 * @param scriptManager the gateway scope's script manager
 */
public record SandboxGatewayContext(SandboxSessionManager sessionManager,
        SandboxAuditTrail auditTrail, SandboxSystemManager systemManager,
        CapturingScriptManager scriptManager) implements GatewayContext {
    /** Checks the parts. */
    public SandboxGatewayContext {
        Objects.requireNonNull(sessionManager, "sessionManager");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(systemManager, "systemManager");
        Objects.requireNonNull(scriptManager, "scriptManager");
    }

    @Override
    public GatewaySessionManager getGatewaySessionManager() {
        return sessionManager;
    }

    @Override
    public AuditManager getAuditManager() {
        return auditTrail;
    }

    @Override
    public SystemManager getSystemManager() {
        return systemManager;
    }

    /**
     * Returns the gateway scope's script manager. It holds what hooks added and, unless the
     * sandbox runs without Perspective, the simulated {@code system.perspective}; Ignition's
     * other {@code system.*} functions are absent.
     */
    @Override
    public ScriptManager getScriptManager() {
        return scriptManager;
    }
}
