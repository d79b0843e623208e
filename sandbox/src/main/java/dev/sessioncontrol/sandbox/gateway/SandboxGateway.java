package dev.sessioncontrol.sandbox.gateway;

import com.inductiveautomation.ignition.common.licensing.LicenseState;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.common.script.SessionsScriptModule;
import dev.sessioncontrol.gateway.GatewayHook;
import dev.sessioncontrol.gateway.settings.SessionControlSettings;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import dev.sessioncontrol.sandbox.platform.CapturingScriptManager;
import dev.sessioncontrol.sandbox.platform.SandboxAuditTrail;
import dev.sessioncontrol.sandbox.platform.SandboxGatewayContext;
import dev.sessioncontrol.sandbox.platform.SandboxSessionManager;
import dev.sessioncontrol.sandbox.platform.SandboxSystemManager;
import dev.sessioncontrol.sandbox.platform.SimulatedPerspective;
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
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Session Control gateway hook, started the way Ignition starts it (setup, startup,
 * script manager) on the sandbox's in-memory sessions, with simulated Perspective sessions
 * behind {@code system.perspective} unless Perspective is left out.
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
    private final Optional<SimulatedPerspective> perspective;

    private SandboxGateway(GatewayHook hook, SandboxGatewayContext context,
            CapturingScriptManager scriptManager, Clock clock,
            Optional<SimulatedPerspective> perspective) {
        this.hook = hook;
        this.context = context;
        this.scriptManager = scriptManager;
        this.clock = clock;
        this.perspective = perspective;
    }

    /**
     * Creates the in-memory platform, with a fresh data folder that {@link #close()} deletes
     * and Perspective without sessions, and starts the hook on it.
     *
     * @param clock the gateway clock, for sessions and orders
     * @return the running gateway
     * @throws UncheckedIOException if the data folder cannot be created
     */
    public static SandboxGateway start(Clock clock) {
        return builder(clock).start();
    }

    /**
     * Creates the in-memory platform, with a fresh data folder holding the given module
     * settings and Perspective without sessions, and starts the hook on it, which reads the
     * settings as a gateway's module reads its settings file.
     *
     * @param clock the gateway clock, for sessions and orders
     * @param settings entries of the module's {@value SessionControlSettings#FILE_NAME}, for
     *     example {@code auditProfile}; empty for the module's defaults
     * @return the running gateway
     * @throws UncheckedIOException if the data folder or the settings cannot be written
     */
    public static SandboxGateway start(Clock clock, Map<String, String> settings) {
        return builder(clock).settings(settings).start();
    }

    /**
     * Returns a builder of a gateway on the given clock: the module's default settings and
     * Perspective installed, unless chosen otherwise.
     *
     * @param clock the gateway clock, for sessions and orders
     * @return the builder
     */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    private static SandboxGateway start(Builder choices) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("session-control-sandbox");
            writeSettings(dataDir, choices.settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the sandbox gateway's data folder", e);
        }
        CapturingScriptManager scriptManager = new CapturingScriptManager("gateway");
        Optional<SimulatedPerspective> perspective = Optional.empty();
        if (choices.perspective) {
            // Perspective's functions are in the gateway's scripting before any module starts,
            // as on a gateway where Perspective is installed.
            SimulatedPerspective installed = new SimulatedPerspective(choices.clock,
                    new SecureRandom(), choices.perspectiveOutput);
            scriptManager.addScriptModule(SimulatedPerspective.SCRIPT_PATH,
                    installed.scriptModule());
            perspective = Optional.of(installed);
        }
        SandboxGatewayContext context = new SandboxGatewayContext(
                new SandboxSessionManager(choices.clock, new SecureRandom()),
                new SandboxAuditTrail(), new SandboxSystemManager(dataDir), scriptManager);
        GatewayHook hook = new GatewayHook(choices.clock);
        hook.setup(context);
        hook.startup(freeLicense());
        hook.initializeScriptManager(scriptManager);
        log.info("Sandbox gateway started the Session Control hook ({})", perspective.isPresent()
                ? "with Perspective" : "without Perspective");
        return new SandboxGateway(hook, context, scriptManager, choices.clock, perspective);
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

    /**
     * Returns the modules in the gateway's scripting by dotted path: {@code system.sessions},
     * and {@code system.perspective} when Perspective is installed.
     */
    public Map<String, Object> scriptModules() {
        return scriptManager.modules();
    }

    /** Returns Perspective and its sessions, or empty on a gateway without Perspective. */
    public Optional<SimulatedPerspective> perspective() {
        return perspective;
    }

    /**
     * Returns the hook's web API, which the sandbox's web server serves; each web user acts
     * with their own name and roles.
     */
    public SessionWebApi webApi() {
        return hook.webApi();
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

    /**
     * The choices of a sandbox gateway: the module's settings and whether Perspective is
     * installed.
     */
    public static final class Builder {
        private final Clock clock;
        private Map<String, String> settings = Map.of();
        private boolean perspective = true;
        private Consumer<String> perspectiveOutput = line -> log.info("{}", line);

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /**
         * Sets entries of the module's settings file.
         *
         * @param settings for example {@code auditProfile}; empty for the module's defaults
         * @return this builder
         */
        public Builder settings(Map<String, String> settings) {
            this.settings = Map.copyOf(settings);
            return this;
        }

        /**
         * Leaves Perspective out: {@code system.perspective} is missing from the gateway's
         * scripting, as on a gateway without the Perspective module.
         *
         * @return this builder
         */
        public Builder withoutPerspective() {
            this.perspective = false;
            return this;
        }

        /**
         * Sets where closed Perspective sessions print their line; the gateway log by default.
         *
         * @param output the receiver of each line
         * @return this builder
         */
        public Builder perspectiveOutput(Consumer<String> output) {
            this.perspectiveOutput = Objects.requireNonNull(output, "output");
            return this;
        }

        /**
         * Creates the in-memory platform, with a fresh data folder that
         * {@link SandboxGateway#close()} deletes, and starts the hook on it.
         *
         * @return the running gateway
         * @throws UncheckedIOException if the data folder or the settings cannot be written
         */
        public SandboxGateway start() {
            return SandboxGateway.start(this);
        }
    }

    private static LicenseState freeLicense() {
        // Session Control is a free module: its hook never reads the license state.
        return null;
    }
}
