package dev.sessioncontrol.gateway;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.model.AbstractGatewayModuleHook;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.script.SessionsDocProvider;
import dev.sessioncontrol.common.script.SessionsScriptModule;
import dev.sessioncontrol.gateway.audit.AuditProfileWriter;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.settings.SessionControlSettings;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway hook of Session Control: wires the session registry, the kick service and the
 * {@code system.sessions} namespace, and answers RPC calls from client and designer modules.
 * It only wires things up; the decisions live in {@code dev.sessioncontrol.gateway.session}.
 */
public final class GatewayHook extends AbstractGatewayModuleHook {
    private static final Logger log = LoggerFactory.getLogger(GatewayHook.class);

    private final Clock clock;
    private volatile SessionControl control;

    /** Creates the hook; Ignition calls this. */
    public GatewayHook() {
        this(Clock.systemUTC());
    }

    /**
     * Creates the hook with a given clock.
     *
     * @param clock the gateway clock, for orders' issue and expiry times
     */
    public GatewayHook(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void setup(GatewayContext context) {
        SessionControlSettings settings = loadSettings(context);
        SessionControl wired = new SessionControl(context.getGatewaySessionManager(), settings,
                clock, new SecureRandom());
        if (!settings.auditProfile().isEmpty()) {
            addAuditProfile(context, wired, settings.auditProfile());
        }
        control = wired;
        log.info("Session Control set up: {}", settings);
    }

    @Override
    public void startup(LicenseState activationState) {
        requireControl().start();
        log.info("Session Control started");
    }

    @Override
    public void shutdown() {
        SessionControl running = control;
        if (running != null) {
            running.close();
        }
        log.info("Session Control stopped; session keys dropped");
    }

    @Override
    public void initializeScriptManager(ScriptManager manager) {
        super.initializeScriptManager(manager);
        SessionOperations gatewayOperations = new LazyOperations(() -> requireControl()
                .operationsFor(Caller.gateway()));
        manager.addScriptModule(SessionControlModule.SCRIPT_NAMESPACE,
                new SessionsScriptModule(gatewayOperations), new SessionsDocProvider());
    }

    @Override
    public Object getRPCHandler(ClientReqSession session, String projectName) {
        return new SessionControlRpcHandler(requireControl(), session);
    }

    @Override
    public boolean isFreeModule() {
        return true;
    }

    /**
     * Reads the settings from the gateway data folder. The data-folder accessor is not in the
     * published 8.1 javadoc, so if it does not link on this gateway the module runs on the
     * defaults rather than failing to start, and says so.
     */
    private static SessionControlSettings loadSettings(GatewayContext context) {
        try {
            return SessionControlSettings.loadOrCreate(
                    context.getSystemManager().getDataDir().toPath());
        } catch (LinkageError e) {
            log.warn("Session Control cannot reach the gateway data folder on this gateway"
                    + " ({}); running on the default settings", e.toString());
            return SessionControlSettings.defaults();
        }
    }

    private static void addAuditProfile(GatewayContext context, SessionControl wired,
            String profile) {
        try {
            wired.ledger().addListener(new AuditProfileWriter(context.getAuditManager(),
                    profile));
        } catch (LinkageError e) {
            log.warn("Session Control cannot reach the audit profiles on this gateway ({});"
                    + " kicks are recorded in the gateway log only", e.toString());
        }
    }

    private SessionControl requireControl() {
        SessionControl running = control;
        if (running == null) {
            throw new IllegalStateException("Session Control is not set up yet; the gateway"
                    + " calls setup() before serving scripts or RPC");
        }
        return running;
    }
}
