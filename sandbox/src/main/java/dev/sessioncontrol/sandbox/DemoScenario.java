package dev.sessioncontrol.sandbox;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.HistoryColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.platform.SimulatedPerspective;
import dev.sessioncontrol.sandbox.process.ClientProcess;
import dev.sessioncontrol.sandbox.process.ClientSpec;
import dev.sessioncontrol.sandbox.process.Transcript;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.python.core.PyObject;

/**
 * The sandbox's demonstration, run as the script lines an integrator would type, in the
 * gateway's scope and in the clients' own scopes: list Vision clients and Perspective sessions;
 * carol, without a kick role, tries a kick from her client and is refused; the admin kicks
 * alice from his client with a grace time, and alice's client counts down and exits; a gateway
 * script ends both of bob's sessions with one {@code kickUser}; {@code kickIdle} closes the idle
 * kiosk; forged orders pushed to carol are rejected; the history shows it all. Each expectation
 * is checked; the first that fails ends the demo with a message saying what did not happen.
 */
final class DemoScenario {
    private static final String ADMIN = "admin";
    private static final String ALICE_REASON = "Shift change: please log off";
    private static final int ALICE_GRACE_SECONDS = 3;
    private static final String BOB_REASON = "Badge revoked";
    private static final int IDLE_SECONDS = 300;
    // Generous bounds: on a loaded machine JVM start-up alone can take several seconds.
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLIENT_SCRIPT_TIMEOUT = Duration.ofSeconds(90);

    private final Sandbox sandbox;
    private final Transcript transcript;
    private final String project;

    DemoScenario(Sandbox sandbox, Transcript transcript, String project) {
        this.sandbox = sandbox;
        this.transcript = transcript;
        this.project = project;
    }

    /**
     * Runs the demo.
     *
     * @return 0 if every expectation held, 1 otherwise
     * @throws InterruptedException if the demo is interrupted
     */
    int run() throws InterruptedException {
        try {
            startClients();
            openPerspectiveSessions();
            refuseCarolsKick();
            adminKicksAlice();
            kickBobEverywhere();
            closeIdleKiosk();
            rejectForgedOrders();
            showHistory();
            stopClients();
            transcript.print("## Demo finished: carol's kick was refused; the admin's kick"
                    + " ended alice's client; kickUser ended bob's client and Perspective session"
                    + " together; kickIdle closed the idle kiosk; forged orders were rejected;"
                    + " admin and carol stayed connected.");
            return 0;
        } catch (DemoFailure failure) {
            transcript.print("## DEMO FAILED: " + failure.getMessage());
            return 1;
        }
    }

    private void startClients() throws DemoFailure, InterruptedException {
        List<ClientSpec> clients = List.of(
                ClientSpec.visionClient(ADMIN, project, "Administrator"),
                ClientSpec.visionClient("alice", project),
                ClientSpec.visionClient("bob", project),
                ClientSpec.visionClient("carol", project));
        narrate("Session Control sandbox: gateway at " + sandbox.server().uri()
                + " (127.0.0.1 only)");
        narrate("Starting 4 simulated Vision clients, each its own JVM: admin@ws-admin (role"
                + " Administrator), alice@ws-alice, bob@ws-bob, carol@ws-carol (no roles);"
                + " project " + project);
        for (ClientSpec spec : clients) {
            try {
                sandbox.fleet().launch(spec);
            } catch (IOException e) {
                throw new DemoFailure("could not start client " + spec.user() + ": "
                        + e.getMessage());
            }
        }
        sandbox.console();
        List<String> users = clients.stream().map(ClientSpec::user).toList();
        Set<String> missing = sandbox.awaitKickable(users, REGISTRATION_TIMEOUT);
        if (!missing.isEmpty()) {
            throw new DemoFailure("clients " + missing + " did not register with Session Control"
                    + " within " + REGISTRATION_TIMEOUT.toSeconds() + " s");
        }
        narrate("All four clients registered: each holds its own signing key, so each can be"
                + " kicked.");
    }

    private void openPerspectiveSessions() throws DemoFailure {
        narrate("Perspective runs on this gateway too: bob opens the Plant project in a browser,"
                + " and a lobby kiosk shows it without a login, untouched for 15 minutes.");
        step("bobWeb = sandbox.perspective.open(\"bob\", userAgent=\"Chrome 124 on Windows\")");
        step("kiosk = sandbox.perspective.open(None, userAgent=\"Lobby kiosk\","
                + " idleSeconds=900)");
        step("printTable(system.sessions.list())");
        step("system.sessions.isPerspectivePresent()");
        Set<String> listed = sandbox.listedUsers();
        if (!listed.containsAll(Set.of(ADMIN, "alice", "bob", "carol", "unauthenticated"))) {
            throw new DemoFailure("expected the four clients and the kiosk to be listed, found "
                    + listed);
        }
    }

    private void refuseCarolsKick() throws DemoFailure, InterruptedException {
        String alice = sessionOf("alice");
        narrate("carol holds no kick role. In her own client she calls system.sessions.kick;"
                + " the call goes over RPC and the gateway checks her session's roles:");
        String error = clientStepRefused("carol", "printTable(system.sessions.kick(\"" + alice
                + "\", reason=\"Not my call\"))");
        if (!error.contains("DENIED")) {
            throw new DemoFailure("carol's kick failed, but not as DENIED: " + error);
        }
        if (historySize() != 0 || !sandbox.kickableUsers().contains("alice")) {
            throw new DemoFailure("carol's refused kick changed something: alice listed "
                    + sandbox.kickableUsers().contains("alice") + ", orders " + historySize());
        }
        narrate("Refused: no order was sent and alice is still connected; the history is"
                + " empty:");
        step("printTable(system.sessions.history())");
    }

    private void adminKicksAlice() throws DemoFailure, InterruptedException {
        narrate("The admin runs the Vision admin screen's calls in his own client:");
        clientStep(ADMIN, "printTable(system.sessions.list())");
        clientStep(ADMIN, "alice = system.sessions.list(user=\"alice\").getValueAt(0, \"id\")");
        String outcome = clientStep(ADMIN, "printTable(system.sessions.kick(alice, reason=\""
                + ALICE_REASON + "\", graceSeconds=" + ALICE_GRACE_SECONDS + "))");
        if (!outcome.contains(" sent ")) {
            throw new DemoFailure("the admin's kick of alice was not sent: " + outcome);
        }

        narrate("alice's client shows the reason, counts down " + ALICE_GRACE_SECONDS
                + " s and exits");
        ClientProcess alice = client("alice");
        expectExit(alice);
        List<String> lines = alice.lines();
        expectLine(alice, lines, line -> line.contains(ALICE_REASON),
                "the reason '" + ALICE_REASON + "'");
        expectLine(alice, lines, line -> line.contains("Requested by " + ADMIN),
                "the admin as the one who asked");
        expectLine(alice, lines, line -> line.contains("closing in " + ALICE_GRACE_SECONDS
                + " s"), "a countdown");
        expectLine(alice, lines, line -> line.startsWith("[exit]"), "its exit");
        if (!sandbox.awaitGone("alice", EXIT_TIMEOUT)) {
            throw new DemoFailure("alice's session is still listed after her client exited");
        }
        narrate("alice's client process exited with code 0.");
    }

    private void kickBobEverywhere() throws DemoFailure, InterruptedException {
        String bobWeb = scriptValue("bobWeb");
        narrate("A gateway script ends every session of bob: his Vision client gets a signed"
                + " order, his Perspective session is closed.");
        step("printTable(system.sessions.kickUser(\"bob\", reason=\"" + BOB_REASON + "\"))");
        expectExit(client("bob"));
        if (perspective().session(bobWeb).isPresent()) {
            throw new DemoFailure("bob's Perspective session " + bobWeb + " is still open");
        }
        if (!sandbox.awaitGone("bob", EXIT_TIMEOUT)) {
            throw new DemoFailure("bob is still listed after kickUser");
        }
        narrate("Both of bob's sessions ended with the one call.");
    }

    private void closeIdleKiosk() throws DemoFailure {
        String kiosk = scriptValue("kiosk");
        narrate("kickIdle ends sessions silent for " + IDLE_SECONDS + " s or more; with"
                + " unauthenticatedOnly=True only those nobody logged in to:");
        step("printTable(system.sessions.kickIdle(" + IDLE_SECONDS
                + ", unauthenticatedOnly=True))");
        if (perspective().session(kiosk).isPresent()) {
            throw new DemoFailure("the idle kiosk " + kiosk + " is still open");
        }
        expectListed(Set.of(ADMIN, "carol"), "unauthenticated");
    }

    private void rejectForgedOrders() throws DemoFailure, InterruptedException {
        narrate("A hostile script imitates the gateway: it pushes terminate messages into"
                + " carol's notification queue, where real orders go.");
        step("carol = system.sessions.list(user=\"carol\").getValueAt(0, \"id\")");
        step("admin = system.sessions.list(user=\"admin\").getValueAt(0, \"id\")");
        step("sandbox.push(carol, sandbox.forgeToken(carol, \"Forged: signed with a wrong"
                + " key\"))");
        step("sandbox.push(carol, sandbox.forgeToken(admin, \"Forged: an order for another"
                + " session\"))");

        narrate("Waiting for carol's client to answer the gateway");
        Predicate<AcknowledgementLog.Entry> carolRejected = entry ->
                entry.user().equals("carol")
                && entry.acknowledgement().answer() == Acknowledgement.Answer.REJECTED;
        if (!sandbox.acknowledgements().await(carolRejected, 2, ANSWER_TIMEOUT)) {
            throw new DemoFailure("the gateway did not receive carol's two rejections within "
                    + ANSWER_TIMEOUT.toSeconds() + " s");
        }
        step("printTable(sandbox.acknowledgements())");
        step("printTable(system.sessions.list(user=\"carol\"))");

        ClientProcess carol = client("carol");
        if (!carol.isAlive()) {
            throw new DemoFailure("carol's client ended after the forged orders");
        }
        if (!sandbox.kickableUsers().contains("carol")) {
            throw new DemoFailure("carol's session is no longer listed as kickable");
        }
        narrate("carol rejected both (her client logged why), told the gateway, and is still"
                + " connected.");
    }

    private void showHistory() throws DemoFailure {
        narrate("The gateway's record: who ordered what, and what became of it.");
        step("printTable(system.sessions.history())");
        Dataset history = sandbox.gateway().scriptModule().history(new PyObject[0],
                new String[0]);
        Map<String, String> issuers = new HashMap<>();
        List<String> statuses = new ArrayList<>();
        for (int row = 0; row < history.getRowCount(); row++) {
            issuers.put(String.valueOf(history.getValueAt(row, HistoryColumns.USER)),
                    String.valueOf(history.getValueAt(row, HistoryColumns.ISSUER)));
            statuses.add(String.valueOf(history.getValueAt(row, HistoryColumns.STATUS)));
        }
        if (history.getRowCount() != 4 || !ADMIN.equals(issuers.get("alice"))
                || !"gateway".equals(issuers.get("bob"))
                || statuses.stream().filter("closed"::equals).count() != 2) {
            throw new DemoFailure("expected four orders (alice by admin, bob's two and the"
                    + " kiosk by the gateway, two of them closed), found issuers " + issuers
                    + " and statuses " + statuses);
        }
        step("printTable(system.sessions.list())");
        expectListed(Set.of(ADMIN, "carol"), "alice");
    }

    private void stopClients() {
        narrate("Stopping the clients; each logs out");
        sandbox.fleet().close();
    }

    private void step(String source) throws DemoFailure {
        if (!sandbox.echoAndRun(source)) {
            throw new DemoFailure("the script line above raised an error");
        }
    }

    /** Runs a line in a client's own scope; the client echoes it before its output. */
    private String clientStep(String client, String source)
            throws DemoFailure, InterruptedException {
        ClientProcess.ScriptResult result = runInClient(client, source);
        if (result.error().isPresent()) {
            throw new DemoFailure(client + "'s script line above raised an error");
        }
        return result.output();
    }

    private String clientStepRefused(String client, String source)
            throws DemoFailure, InterruptedException {
        ClientProcess.ScriptResult result = runInClient(client, source);
        return result.error().orElseThrow(() -> new DemoFailure(client
                + "'s script line above was expected to be refused, and ran"));
    }

    private ClientProcess.ScriptResult runInClient(String client, String source)
            throws DemoFailure, InterruptedException {
        try {
            return client(client).runScript(source, CLIENT_SCRIPT_TIMEOUT);
        } catch (IOException | IllegalStateException e) {
            throw new DemoFailure(client + " could not run '" + source + "': " + e.getMessage());
        }
    }

    private ClientProcess client(String name) throws DemoFailure {
        return sandbox.fleet().client(name)
                .orElseThrow(() -> new DemoFailure(name + "'s client process is unknown"));
    }

    private void expectExit(ClientProcess client) throws DemoFailure, InterruptedException {
        OptionalInt exitCode = client.awaitExit(EXIT_TIMEOUT);
        if (exitCode.isEmpty()) {
            throw new DemoFailure(client.name() + "'s client is still running "
                    + EXIT_TIMEOUT.toSeconds() + " s after the kick");
        }
        if (exitCode.getAsInt() != 0) {
            throw new DemoFailure(client.name() + "'s client exited with code "
                    + exitCode.getAsInt() + ", expected 0");
        }
    }

    private String sessionOf(String user) throws DemoFailure {
        Dataset sessions = sandbox.listSessions();
        for (int row = 0; row < sessions.getRowCount(); row++) {
            if (user.equals(sessions.getValueAt(row, SessionColumns.USER))) {
                return String.valueOf(sessions.getValueAt(row, SessionColumns.ID));
            }
        }
        throw new DemoFailure(user + " has no listed session");
    }

    private String scriptValue(String name) throws DemoFailure {
        try {
            return sandbox.console().evaluate(name, String.class);
        } catch (RuntimeException e) {
            throw new DemoFailure("the script variable " + name + " is not set: " + e);
        }
    }

    private SimulatedPerspective perspective() throws DemoFailure {
        return sandbox.gateway().perspective()
                .orElseThrow(() -> new DemoFailure("this gateway runs without Perspective"));
    }

    private int historySize() {
        return sandbox.gateway().scriptModule().history(new PyObject[0], new String[0])
                .getRowCount();
    }

    private void expectListed(Set<String> present, String absent) throws DemoFailure {
        Set<String> listed = sandbox.listedUsers();
        if (listed.contains(absent)) {
            throw new DemoFailure(absent + " is still listed");
        }
        if (!listed.containsAll(present)) {
            throw new DemoFailure("expected " + present + " to be listed, found " + listed);
        }
    }

    private static void expectLine(ClientProcess client, List<String> lines,
            Predicate<String> matching, String what) throws DemoFailure {
        if (lines.stream().noneMatch(matching)) {
            throw new DemoFailure(client.name() + "'s client did not print " + what);
        }
    }

    private void narrate(String text) {
        transcript.print("## " + text);
    }

    /** An expectation of the demo that did not hold. */
    private static final class DemoFailure extends Exception {
        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(message);
        }
    }
}
