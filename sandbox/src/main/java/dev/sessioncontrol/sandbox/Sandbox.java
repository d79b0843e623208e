package dev.sessioncontrol.sandbox;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.gateway.GatewayHttpServer;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.process.ClientFleet;
import dev.sessioncontrol.sandbox.process.Transcript;
import dev.sessioncontrol.sandbox.script.SandboxFunctions;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import dev.sessioncontrol.sandbox.web.SandboxWebServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.python.core.PyObject;

/**
 * A running sandbox: the gateway hook on in-memory sessions (with simulated Perspective unless
 * left out), its HTTP server on 127.0.0.1, the simulated client processes, the script console,
 * and, once started, the web panel. Closing it stops them in reverse order.
 */
final class Sandbox implements AutoCloseable {
    /** How long a push poll waits before answering empty. */
    private static final Duration POLL_WAIT = Duration.ofSeconds(2);
    private static final long CHECK_MILLIS = 200;
    private static final String AUDIT_PROFILE_SETTING = "auditProfile";
    private static final String AUDIT_PROFILE = "Sandbox";

    private final SandboxGateway gateway;
    private final AcknowledgementLog acknowledgements;
    private final GatewayHttpServer server;
    private final ClientFleet fleet;
    private final Transcript transcript;
    private final String project;
    private ScriptConsole console;
    private SandboxWebServer web;

    private Sandbox(SandboxGateway gateway, AcknowledgementLog acknowledgements,
            GatewayHttpServer server, ClientFleet fleet, Transcript transcript, String project) {
        this.gateway = gateway;
        this.acknowledgements = acknowledgements;
        this.server = server;
        this.fleet = fleet;
        this.transcript = transcript;
        this.project = project;
    }

    /**
     * Starts the gateway and its HTTP server; no clients yet.
     *
     * @param options port and expiry
     * @param transcript where output goes
     * @return the running sandbox
     * @throws IOException if the port cannot be bound
     */
    static Sandbox start(SandboxOptions options, Transcript transcript) throws IOException {
        Clock clock = Clock.systemUTC();
        SandboxGateway.Builder choices = SandboxGateway.builder(clock)
                .settings(Map.of(AUDIT_PROFILE_SETTING, AUDIT_PROFILE))
                .perspectiveOutput(transcript::print);
        if (!options.perspective()) {
            choices.withoutPerspective();
        }
        SandboxGateway gateway = choices.start();
        AcknowledgementLog acknowledgements = new AcknowledgementLog(clock);
        GatewayHttpServer server;
        try {
            server = GatewayHttpServer.start(gateway, acknowledgements, options.port(),
                    POLL_WAIT, options.expireAfter());
        } catch (IOException | RuntimeException e) {
            gateway.close();
            throw e;
        }
        ClientFleet fleet = ClientFleet.onOwnClassPath(server.uri(), transcript);
        return new Sandbox(gateway, acknowledgements, server, fleet, transcript,
                options.project());
    }

    SandboxGateway gateway() {
        return gateway;
    }

    AcknowledgementLog acknowledgements() {
        return acknowledgements;
    }

    ClientFleet fleet() {
        return fleet;
    }

    GatewayHttpServer server() {
        return server;
    }

    /**
     * Starts the web panel on 127.0.0.1: the hook's own web API, with the sandbox's web logins.
     *
     * @param port the port, or 0 for any free port
     * @return the running web server, closed with the sandbox
     * @throws IOException if the port cannot be bound
     */
    SandboxWebServer startWeb(int port) throws IOException {
        if (web == null) {
            web = SandboxWebServer.start(gateway.webApi(), port);
        }
        return web;
    }

    /**
     * Returns the script console, creating it (and starting Jython) on first use. It holds
     * the gateway's scripting ({@code system.sessions}, and {@code system.perspective} when
     * Perspective is installed) and the {@code sandbox} helpers.
     */
    ScriptConsole console() {
        if (console == null) {
            SandboxFunctions functions = new SandboxFunctions(gateway, acknowledgements,
                    Optional.of(fleet), project);
            console = ScriptConsole.create(gateway.scriptModules(),
                    Map.of("sandbox", functions));
        }
        return console;
    }

    /**
     * Echoes a script line as typed at a prompt, runs it, and prints its output.
     *
     * @param source the line
     * @return true if it ran without raising
     */
    boolean echoAndRun(String source) {
        transcript.print(">>> " + source);
        ScriptConsole.Outcome outcome = console().run(source);
        StringBuilder shown = new StringBuilder(outcome.output().stripTrailing());
        outcome.error().ifPresent(error -> shown.append(shown.length() > 0 ? "\n" : "")
                .append(error));
        if (shown.length() > 0) {
            transcript.print(shown.toString());
        }
        return outcome.succeeded();
    }

    /** Lists every session, as a gateway script's {@code system.sessions.list()} does. */
    Dataset listSessions() {
        return gateway.scriptModule().list(new PyObject[0], new String[0]);
    }

    /**
     * Waits until each of the users has a kickable session.
     *
     * @param users the user names
     * @param timeout the longest wait
     * @return the users still missing; empty if all registered in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    Set<String> awaitKickable(Collection<String> users, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> missing = new HashSet<>(users);
        while (true) {
            missing.removeAll(kickableUsers());
            if (missing.isEmpty() || System.nanoTime() > deadline) {
                return missing;
            }
            Thread.sleep(CHECK_MILLIS);
        }
    }

    /**
     * Waits until no session of a user is listed.
     *
     * @param user the user name
     * @param timeout the longest wait
     * @return true if the user's sessions were gone in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    boolean awaitGone(String user, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (listedUsers().contains(user)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(CHECK_MILLIS);
        }
        return true;
    }

    /** Returns the users that have a listed session. */
    Set<String> listedUsers() {
        Dataset sessions = listSessions();
        Set<String> users = new HashSet<>();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            users.add(String.valueOf(sessions.getValueAt(row, SessionColumns.USER)));
        }
        return users;
    }

    /** Returns the users that have a kickable session. */
    Set<String> kickableUsers() {
        Dataset sessions = listSessions();
        Set<String> users = new HashSet<>();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (Boolean.TRUE.equals(sessions.getValueAt(row, SessionColumns.KICKABLE))) {
                users.add(String.valueOf(sessions.getValueAt(row, SessionColumns.USER)));
            }
        }
        return users;
    }

    @Override
    public void close() {
        if (web != null) {
            web.close();
        }
        fleet.close();
        server.close();
        gateway.close();
    }
}
