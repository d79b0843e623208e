package dev.sessioncontrol.sandbox.process;

import dev.sessioncontrol.sandbox.client.SimulatedClientMain;
import dev.sessioncontrol.sandbox.wire.CommandLineText;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Launches simulated clients, each as its own JVM running {@link SimulatedClientMain} on the
 * sandbox's own class path, and stops them all at the end. A client also ends by itself when
 * the sandbox process ends, so none is left behind.
 */
public final class ClientFleet implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClientFleet.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final List<String> JVM_OPTIONS = List.of(
            // Small, quick-starting JVMs: clients do little work and several share two cores.
            "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
            "-Dorg.slf4j.simpleLogger.logFile=System.out");

    private final URI gateway;
    private final String classPath;
    private final Transcript transcript;
    private final Map<String, ClientProcess> clients = new LinkedHashMap<>();

    /**
     * Creates a fleet for a gateway.
     *
     * @param gateway the gateway's base address
     * @param classPath the class path of the client JVMs
     * @param transcript where the clients' output is shown
     */
    public ClientFleet(URI gateway, String classPath, Transcript transcript) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.classPath = Objects.requireNonNull(classPath, "classPath");
        this.transcript = Objects.requireNonNull(transcript, "transcript");
    }

    /**
     * Creates a fleet whose clients run on this JVM's class path.
     *
     * @param gateway the gateway's base address
     * @param transcript where the clients' output is shown
     * @return the fleet
     */
    public static ClientFleet onOwnClassPath(URI gateway, Transcript transcript) {
        return new ClientFleet(gateway, System.getProperty("java.class.path"), transcript);
    }

    /**
     * Starts a client.
     *
     * @param spec who the client is
     * @return the running process
     * @throws IOException if the JVM cannot be started
     * @throws IllegalArgumentException if a running client has that name already
     */
    public synchronized ClientProcess launch(ClientSpec spec) throws IOException {
        ClientProcess running = clients.get(spec.user());
        if (running != null && running.isAlive()) {
            throw new IllegalArgumentException("A client named '" + spec.user()
                    + "' is running already");
        }
        ProcessBuilder builder = new ProcessBuilder(command(spec)).redirectErrorStream(true);
        ClientProcess client = new ClientProcess(spec.user(), builder.start(), transcript);
        clients.put(spec.user(), client);
        log.debug("Client {} started as process {}", spec.user(), client.pid());
        return client;
    }

    /**
     * Returns a client by name.
     *
     * @param name the client's name
     * @return the client, running or not, or empty if none was launched with that name
     */
    public synchronized Optional<ClientProcess> client(String name) {
        return Optional.ofNullable(clients.get(name));
    }

    /** Returns every launched client, running or not, in launch order. */
    public synchronized List<ClientProcess> clients() {
        return new ArrayList<>(clients.values());
    }

    /**
     * Stops every running client: asks each to end (it logs out), then kills those still
     * running after a grace time.
     */
    @Override
    public void close() {
        List<ClientProcess> running = clients().stream().filter(ClientProcess::isAlive).toList();
        running.forEach(ClientProcess::stop);
        for (ClientProcess client : running) {
            try {
                if (client.awaitExit(STOP_GRACE).isEmpty()) {
                    log.warn("Client {} did not stop within {} s; killing it", client.name(),
                            STOP_GRACE.toSeconds());
                    client.kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                client.kill();
            }
        }
    }

    private List<String> command(ClientSpec spec) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(classPath);
        command.add(SimulatedClientMain.class.getName());
        command.addAll(List.of("--gateway", gateway.toString(),
                "--user", CommandLineText.encode(spec.user()),
                "--host", CommandLineText.encode(spec.host()),
                "--project", CommandLineText.encode(spec.project()),
                "--roles", spec.roles().stream().map(CommandLineText::encode)
                        .collect(Collectors.joining(",")),
                "--parent-pid", Long.toString(ProcessHandle.current().pid())));
        if (spec.designer()) {
            command.add("--designer");
        }
        if (spec.vetoShutdown()) {
            command.add("--veto-shutdown");
        }
        return command;
    }
}
