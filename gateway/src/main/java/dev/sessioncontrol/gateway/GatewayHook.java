package dev.sessioncontrol.gateway;

import com.inductiveautomation.ignition.common.BundleUtil;
import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.common.script.ScriptManager;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteGroup;
import com.inductiveautomation.ignition.gateway.model.AbstractGatewayModuleHook;
import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.ignition.gateway.web.models.INamedTab;
import com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta.OverviewContributor;
import dev.sessioncontrol.common.rpc.ResolvedOperations;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.script.SessionsNamespace;
import dev.sessioncontrol.gateway.audit.AuditProfileWriter;
import dev.sessioncontrol.gateway.perspective.PerspectiveSessions;
import dev.sessioncontrol.gateway.perspective.ScriptedPerspectiveSessions;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.settings.SessionControlSettings;
import dev.sessioncontrol.gateway.web.IgnitionWebRoutes;
import dev.sessioncontrol.gateway.web.SessionOverview;
import dev.sessioncontrol.gateway.web.SessionStatusTab;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway hook of Session Control: wires the session registry, the kick service, the
 * {@code system.sessions} namespace, the web routes and status tab, and answers RPC calls from
 * client and designer modules.
 * It only wires things up; the decisions live in {@code dev.sessioncontrol.gateway.session}.
 */
public final class GatewayHook extends AbstractGatewayModuleHook {
    private static final Logger log = LoggerFactory.getLogger(GatewayHook.class);
    private static final String MOUNTED_FOLDER = "mounted";
    private static final String TAB_BUNDLE = "SessionControl";

    private final Clock clock;
    private volatile SessionControl control;
    private volatile SessionWebApi webApi;
    private volatile boolean tabTitleRegistered;
    private volatile SessionControlSettings settings = SessionControlSettings.defaults();

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
        SessionControlSettings loaded = loadSettings(context);
        settings = loaded;
        SessionControl wired = new SessionControl(context.getGatewaySessionManager(),
                perspectiveOf(context), loaded, clock, new SecureRandom());
        if (!loaded.auditProfile().isEmpty()) {
            addAuditProfile(context, wired, loaded.auditProfile());
        }
        control = wired;
        webApi = new SessionWebApi(wired::operationsFor, wired.policy(), clock,
                new SecureRandom());
        log.info("Session Control set up: {}", loaded);
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
        if (tabTitleRegistered) {
            BundleUtil.get().removeBundle(TAB_BUNDLE);
            tabTitleRegistered = false;
        }
        log.info("Session Control stopped; session keys dropped");
    }

    @Override
    public void initializeScriptManager(ScriptManager manager) {
        super.initializeScriptManager(manager);
        SessionOperations gatewayOperations = new ResolvedOperations(() -> requireControl()
                .operationsFor(Caller.gateway()));
        SessionsNamespace.install(manager, gatewayOperations);
    }

    @Override
    public Object getRPCHandler(ClientReqSession session, String projectName) {
        return new SessionControlRpcHandler(requireControl(), session);
    }

    @Override
    public boolean isFreeModule() {
        return true;
    }

    @Override
    public void mountRouteHandlers(RouteGroup routes) {
        IgnitionWebRoutes.forGateway(webApi(), settings.kickRoles()).mount(routes);
    }

    @Override
    public Optional<String> getMountedResourceFolder() {
        return Optional.of(MOUNTED_FOLDER);
    }

    @Override
    public List<? extends INamedTab> getStatusPanels() {
        try {
            registerTabTitle();
            return Collections.singletonList(new SessionStatusTab());
        } catch (LinkageError | RuntimeException e) {
            // The status tab's platform types are the least confirmed part of the 8.1 API; the
            // JSON routes and scripting still work without the tab.
            log.warn("Session Control cannot add its status tab on this gateway ({})",
                    e.toString());
            return Collections.emptyList();
        }
    }

    @Override
    public Optional<OverviewContributor> getStatusOverviewContributor() {
        SessionControl running = requireControl();
        return Optional.of(new SessionOverview(running::operationsFor));
    }

    /**
     * Registers the bundle that names the status tab. Only the gateway's web UI asks for status
     * panels, so the bundle is registered here rather than in {@code setup}.
     */
    private void registerTabTitle() {
        if (!tabTitleRegistered) {
            BundleUtil.get().addBundle(TAB_BUNDLE, GatewayHook.class, TAB_BUNDLE);
            tabTitleRegistered = true;
        }
    }

    /**
     * Returns the web API over this gateway's sessions, for web servers other than the
     * gateway's own, such as the sandbox's.
     *
     * @return the API
     * @throws IllegalStateException before {@code setup}
     */
    public SessionWebApi webApi() {
        SessionWebApi api = webApi;
        if (api == null) {
            throw new IllegalStateException("Session Control is not set up yet; the gateway"
                    + " calls setup() before mounting routes");
        }
        return api;
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

    /**
     * Returns Perspective's sessions through its gateway scripting functions; without a
     * gateway script manager, Perspective counts as absent.
     */
    private static PerspectiveSessions perspectiveOf(GatewayContext context) {
        try {
            PerspectiveSessions perspective =
                    new ScriptedPerspectiveSessions(context.getScriptManager());
            log.info("Session Control: Perspective is {}", perspective.isPresent()
                    ? "present; its sessions are listed" : "not present");
            return perspective;
        } catch (LinkageError | RuntimeException e) {
            log.warn("Session Control cannot reach the gateway script manager ({}); Perspective"
                    + " sessions are not listed", e.toString());
            return PerspectiveSessions.absent();
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
