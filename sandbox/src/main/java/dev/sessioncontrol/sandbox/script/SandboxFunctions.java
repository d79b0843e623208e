package dev.sessioncontrol.sandbox.script;

import com.inductiveautomation.ignition.common.Dataset;
import com.inductiveautomation.ignition.gateway.audit.AuditRecord;
import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderSigner;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.gateway.SandboxGateway;
import dev.sessioncontrol.sandbox.platform.DatasetBuilder;
import dev.sessioncontrol.sandbox.platform.SandboxAuditTrail;
import dev.sessioncontrol.sandbox.process.ClientFleet;
import dev.sessioncontrol.sandbox.process.ClientProcess;
import dev.sessioncontrol.sandbox.process.ClientSpec;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The {@code sandbox} object of the sandbox's scripts: what a person trying the module needs
 * besides {@code system.sessions}. It shows what the gateway received, and plays a hostile
 * script that pushes its own terminate messages into a session's notification queue, as any
 * gateway-scope code could. It also runs code in a client's own scope
 * ({@code clientScript}) and opens simulated Perspective sessions ({@code perspective}).
 *
 * <p>These functions exist only in the sandbox; Ignition has no {@code sandbox} object.
 */
public final class SandboxFunctions {
    private static final String FORGER = "gateway";
    private static final Duration FORGED_LIFETIME = Duration.ofMinutes(2);
    // Generous: the first code a client runs also starts its Jython, on a possibly busy machine.
    private static final Duration CLIENT_SCRIPT_TIMEOUT = Duration.ofSeconds(90);
    /** Generous: a client JVM starts in a few seconds, far more on two busy cores. */
    private static final Duration CLIENT_LOGIN_TIMEOUT = Duration.ofSeconds(60);

    private final SandboxGateway gateway;
    private final AcknowledgementLog acknowledgements;
    private final Optional<ClientFleet> fleet;
    private final String project;
    private final Optional<PerspectiveFunctions> perspective;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates the functions.
     *
     * @param gateway the running gateway
     * @param acknowledgements what reached the gateway's RPC handler
     * @param fleet the client processes, when there are any
     * @param project the project of clients started from scripts
     */
    public SandboxFunctions(SandboxGateway gateway, AcknowledgementLog acknowledgements,
            Optional<ClientFleet> fleet, String project) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.acknowledgements = Objects.requireNonNull(acknowledgements, "acknowledgements");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.project = Objects.requireNonNull(project, "project");
        this.perspective = gateway.perspective().map(installed ->
                new PerspectiveFunctions(installed, gateway.clock(), project));
    }

    /**
     * Returns {@code sandbox.perspective}, which opens and ages simulated Perspective sessions.
     *
     * @return the functions
     * @throws IllegalStateException if the sandbox gateway runs without Perspective
     */
    public PerspectiveFunctions getPerspective() {
        return perspective.orElseThrow(() -> new IllegalStateException("This sandbox gateway"
                + " runs without Perspective (--no-perspective)"));
    }

    /**
     * Runs code in a client's own client-scope scripting, where {@code system.sessions} calls
     * the gateway over RPC as that client's user; the client shows the code and its output
     * with its name in front.
     *
     * @param client the client's name, as in {@code sandbox.clients()}
     * @param code Jython code, one or more lines
     * @return what the code printed
     * @throws ClientScriptError if the code raised in the client, with the client's error
     * @throws IllegalArgumentException if no running client has that name
     * @throws java.io.IOException if the client cannot be reached
     * @throws InterruptedException if interrupted while waiting
     */
    public String clientScript(String client, String code)
            throws java.io.IOException, InterruptedException {
        ClientProcess process = fleet.flatMap(clients -> clients.client(client))
                .filter(ClientProcess::isAlive)
                .orElseThrow(() -> new IllegalArgumentException("No running client is named '"
                        + client + "'; see sandbox.clients()"));
        ClientProcess.ScriptResult result = process.runScript(code, CLIENT_SCRIPT_TIMEOUT);
        if (result.error().isPresent()) {
            throw new ClientScriptError(client, result.error().get());
        }
        return result.output();
    }

    /**
     * Returns a well-formed terminate token for a session, signed with a fresh random key
     * instead of the session's own: what a script that imitates the gateway can produce.
     *
     * @param targetSessionId the session the token names
     * @param reason the reason it claims
     * @return the token
     */
    public String forgeToken(String targetSessionId, String reason) {
        Instant now = gateway.clock().instant();
        TerminateOrder order = TerminateOrder.builder()
                .targetSessionId(targetSessionId)
                .orderId(OrderId.random(random))
                .issuedAt(now)
                .expiresAt(now.plus(FORGED_LIFETIME))
                .reason(reason)
                .issuer(FORGER)
                .build();
        return new OrderSigner().sign(order, SessionKey.generate(random));
    }

    /**
     * Queues a terminate message for one session, through the session's own notification
     * queue, exactly where the gateway puts real orders.
     *
     * @param sessionId the public id of the receiving session
     * @param message the message, usually a token
     * @throws IllegalArgumentException if no live session has that id
     */
    public void push(String sessionId, String message) {
        gateway.sessions().findByPublicId(sessionId)
                .orElseThrow(() -> new IllegalArgumentException("No live session has id '"
                        + sessionId + "'; take one from system.sessions.list()"))
                .addNotification(SessionControlModule.MODULE_ID,
                        SessionControlModule.TERMINATE_MESSAGE_TYPE, message);
    }

    /** Returns the acknowledgements that reached the gateway, oldest first. */
    public Dataset acknowledgements() {
        return acknowledgements.toDataset();
    }

    /** Returns what the module wrote to the gateway's audit profiles, oldest first. */
    public Dataset audit() {
        DatasetBuilder table = new DatasetBuilder()
                .column("timestamp", Date.class)
                .column("profile", String.class)
                .column("actor", String.class)
                .column("actorHost", String.class)
                .column("action", String.class)
                .column("target", String.class)
                .column("value", String.class)
                .column("status", Integer.class);
        for (SandboxAuditTrail.Entry entry : gateway.auditTrail().entries()) {
            AuditRecord record = entry.record();
            table.row(record.getTimestamp(), entry.profile(), record.getActor(),
                    record.getActorHost(), record.getAction(), record.getActionTarget(),
                    record.getActionValue(), record.getStatusCode());
        }
        return table.build();
    }

    /** Returns the simulated client processes: name, process id, whether alive, exit code. */
    public Dataset clients() {
        DatasetBuilder table = new DatasetBuilder()
                .column("name", String.class)
                .column("pid", Long.class)
                .column("alive", Boolean.class)
                .column("exitCode", Integer.class);
        for (ClientProcess process : fleet.map(ClientFleet::clients).orElse(List.of())) {
            OptionalInt exitCode = process.exitCode();
            table.row(process.name(), process.pid(), process.isAlive(),
                    exitCode.isPresent() ? exitCode.getAsInt() : null);
        }
        return table.build();
    }

    /**
     * Starts a simulated Vision client process for a user without roles, on host
     * {@code ws-<user>}; it registers with Session Control unless the user is locked out.
     *
     * @param user the user name, also the client's name
     * @return a sentence saying what started
     * @throws IllegalStateException if this sandbox runs no client processes
     * @throws java.io.IOException if the process cannot start
     */
    public String startClient(String user) throws java.io.IOException {
        return startClient(user, "");
    }

    /**
     * Starts a simulated Vision client process for a user with the given roles, on host
     * {@code ws-<user>}, for example {@code startClient("admin", "Administrator")}.
     *
     * @param user the user name, also the client's name
     * @param roles the user's roles, separated by commas
     * @return a sentence saying what started, once the client has logged in
     * @throws IllegalStateException if this sandbox runs no client processes, or the client
     *     could not log in (for example because the gateway holds the most sessions it takes)
     * @throws java.io.IOException if the process cannot start
     */
    public String startClient(String user, String roles) throws java.io.IOException {
        ClientFleet clients = fleet.orElseThrow(() -> new IllegalStateException(
                "This sandbox runs no client processes"));
        String[] roleNames = java.util.Arrays.stream(roles.split(",")).map(String::trim)
                .filter(role -> !role.isEmpty()).toArray(String[]::new);
        ClientProcess process = clients.launch(ClientSpec.visionClient(user, project,
                roleNames));
        Optional<String> failure;
        try {
            failure = process.awaitLogin(CLIENT_LOGIN_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = Optional.of("interrupted while waiting for its login");
        }
        if (failure.isPresent()) {
            process.kill();
            throw new IllegalStateException("Client " + user + " did not start: "
                    + failure.get());
        }
        return "Started client " + user + " as process " + process.pid();
    }

    /**
     * Asks a simulated client process to end, as closing the client window would; it logs out.
     *
     * @param user the client's name
     * @throws IllegalArgumentException if no client has that name
     */
    public void stopClient(String user) {
        fleet.flatMap(clients -> clients.client(user))
                .orElseThrow(() -> new IllegalArgumentException("No client is named '" + user
                        + "'; see sandbox.clients()"))
                .stop();
    }

    /**
     * Returns a dataset as an aligned text table.
     *
     * @param dataset the table
     * @return the text
     */
    public String formatTable(Dataset dataset) {
        return DatasetTable.render(dataset);
    }

    @Override
    public String toString() {
        return "sandbox";
    }
}
