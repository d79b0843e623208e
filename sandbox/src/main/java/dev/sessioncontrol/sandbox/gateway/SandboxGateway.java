package dev.sessioncontrol.sandbox.gateway;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.common.script.SessionsScriptModule;
import dev.sessioncontrol.gateway.GatewayHook;
import dev.sessioncontrol.gateway.settings.SessionControlSettings;
import dev.sessioncontrol.sandbox.platform.CapturingScriptManager;
import dev.sessioncontrol.sandbox.platform.SandboxAuditTrail;
import dev.sessioncontrol.sandbox.platform.SandboxGatewayContext;
import dev.sessioncontrol.sandbox.platform.SandboxSessionManager;
import dev.sessioncontrol.sandbox.platform.SandboxSystemManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Session Control gateway hook, started the way Ignition starts it (setup, startup,
 * script manager) on the sandbox's in-memory sessions.
 *
 * <p>Usage:
 * <pre>{@code
 * SandboxGateway gateway = SandboxGateway.start(Clock.systemUTC());
 * Dataset sessions = ...; // through gateway.scriptModule(), as a gateway script would
 * gateway.close();
 * }</pre>
 */
public final class SandboxGateway implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SandboxGateway.class);

    private final GatewayHook hook;
    private final SandboxGatewayContext context;
    private final CapturingScriptManager scriptManager;
    private final Clock clock;

    private SandboxGateway(GatewayHook hook, SandboxGatewayContext context,
            CapturingScriptManager scriptManager, Clock clock) {
        this.hook = hook;
        this.context = context;
        this.scriptManager = scriptManager;
        this.clock = clock;
    }

    /**
     * Creates the in-memory platform, with a fresh data folder that {@link #close()} deletes,
     * and starts the hook on it.
     *
     * @param clock the gateway clock, for sessions and orders
     * @return the running gateway
     * @throws UncheckedIOException if the data folder cannot be created
     */
    public static SandboxGateway start(Clock clock) {
        return start(clock, Map.of());
    }

    /**
     * Creates the in-memory platform, with a fresh data folder holding the given module
     * settings, and starts the hook on it, which reads them as a gateway's module reads its
     * settings file.
     *
     * @param clock the gateway clock, for sessions and orders
     * @param settings entries of the module's {@value SessionControlSettings#FILE_NAME}, for
     *     example {@code auditProfile}; empty for the module's defaults
     * @return the running gateway
     * @throws UncheckedIOException if the data folder or the settings cannot be written
     */
    public static SandboxGateway start(Clock clock, Map<String, String> settings) {
        Objects.requireNonNull(clock, "clock");
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("session-control-sandbox");
            writeSettings(dataDir, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the sandbox gateway's data folder", e);
        }
        CapturingScriptManager scriptManager = new CapturingScriptManager("gateway");
        SandboxGatewayContext context = new SandboxGatewayContext(
                new SandboxSessionManager(clock, new SecureRandom()), new SandboxAuditTrail(),
                new SandboxSystemManager(dataDir), scriptManager);
        GatewayHook hook = new GatewayHook(clock);
        hook.setup(context);
        hook.startup(freeLicense());
        hook.initializeScriptManager(scriptManager);
        log.info("Sandbox gateway started the Session Control hook");
        return new SandboxGateway(hook, context, scriptManager, clock);
    }

    /** Returns the gateway's sessions. */
    public SandboxSessionManager sessions() {
        return context.sessionManager();
    }

    /** Returns what the module wrote to the gateway's audit profiles. */
    public SandboxAuditTrail auditTrail() {
        return context.auditTrail();
    }

    /** Returns the {@code system.sessions} module that the hook added to gateway scripting. */
    public SessionsScriptModule scriptModule() {
        return scriptManager.require(SessionControlModule.SCRIPT_NAMESPACE,
                SessionsScriptModule.class);
    }

    /**
     * Returns the hook's RPC handler for a call from a session, as the gateway asks for one on
     * each call.
     *
     * @param session the calling session
     * @param projectName the project the session runs
     * @return the handler
     * @throws IllegalStateException if the hook answers with something else
     */
    public SessionControlRpc rpcHandler(ClientReqSession session, String projectName) {
        Object handler = hook.getRPCHandler(session, projectName);
        if (!(handler instanceof SessionControlRpc)) {
            throw new IllegalStateException("The gateway hook returned "
                    + (handler == null ? "no RPC handler" : "a " + handler.getClass().getName())
                    + "; expected a " + SessionControlRpc.class.getName());
        }
        return (SessionControlRpc) handler;
    }

    /** Returns the gateway clock. */
    public Clock clock() {
        return clock;
    }

    /**
     * Shuts the hook down, which drops every session key, ends every session and deletes the
     * data folder.
     */
    @Override
    public void close() {
        hook.shutdown();
        for (var session : sessions().sessions()) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                log.debug("Session {} had ended already", session.getPublicId());
            }
        }
        deleteTree(context.systemManager().dataDir());
    }

    private static void writeSettings(Path dataDir, Map<String, String> settings)
            throws IOException {
        if (settings.isEmpty()) {
            return;
        }
        Properties values = new Properties();
        values.putAll(settings);
        try (Writer out = Files.newBufferedWriter(dataDir.resolve(SessionControlSettings.FILE_NAME),
                StandardCharsets.UTF_8)) {
            values.store(out, "Session Control settings of the sandbox gateway");
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the sandbox data folder {}: {}", root, e.toString());
        }
    }

    private static LicenseState freeLicense() {
        // Session Control is a free module: its hook never reads the license state.
        return null;
    }
}
