package dev.sessioncontrol.sandbox;

import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.sandbox.gateway.AcknowledgementLog;
import dev.sessioncontrol.sandbox.process.ClientProcess;
import dev.sessioncontrol.sandbox.process.ClientSpec;
import dev.sessioncontrol.sandbox.process.Transcript;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The sandbox's demonstration, run as the script lines an integrator would type: list the
 * sessions, kick bob with a reason and a grace time, watch bob's client count down and exit,
 * list again without bob, then push forged orders to carol and see them rejected while carol
 * stays connected. Each expectation is checked; the first that fails ends the demo with a
 * message saying what did not happen.
 */
final class DemoScenario {
    private static final String REASON = "Line 2 maintenance";
    private static final int GRACE_SECONDS = 2;
    // Generous bounds: on a loaded machine JVM start-up alone can take several seconds.
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);

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
            kickBob();
            rejectForgedOrders();
            stopClients();
            transcript.print("## Demo finished: bob was kicked and exited, forged orders were"
                    + " rejected, alice and carol stayed connected.");
            return 0;
        } catch (DemoFailure failure) {
            transcript.print("## DEMO FAILED: " + failure.getMessage());
            return 1;
        }
    }

    private void startClients() throws DemoFailure, InterruptedException {
        List<ClientSpec> clients = List.of(
                ClientSpec.visionClient("alice", project, "Administrator", "Operator"),
                ClientSpec.visionClient("bob", project, "Operator"),
                ClientSpec.visionClient("carol", project, "Operator"));
        narrate("Session Control sandbox: gateway at " + sandbox.server().uri()
                + " (127.0.0.1 only)");
        narrate("Starting 3 simulated Vision clients, each its own JVM: alice@ws-alice"
                + " (Administrator), bob@ws-bob, carol@ws-carol; project " + project);
        for (ClientSpec spec : clients) {
            try {
                sandbox.fleet().launch(spec);
            } catch (IOException e) {
                throw new DemoFailure("could not start client " + spec.user() + ": "
                        + e.getMessage());
            }
        }
        sandbox.console();
        Set<String> missing = sandbox.awaitKickable(List.of("alice", "bob", "carol"),
                REGISTRATION_TIMEOUT);
        if (!missing.isEmpty()) {
            throw new DemoFailure("clients " + missing + " did not register with Session Control"
                    + " within " + REGISTRATION_TIMEOUT.toSeconds() + " s");
        }
        narrate("All three clients registered: each holds its own signing key, so each can be"
                + " kicked.");
    }

    private void kickBob() throws DemoFailure, InterruptedException {
        step("printTable(system.sessions.list())");
        step("bob = system.sessions.list(user=\"bob\").getValueAt(0, \"id\")");
        step("printTable(system.sessions.kick(bob, reason=\"" + REASON + "\", graceSeconds="
                + GRACE_SECONDS + "))");

        narrate("Waiting for bob's client to show the reason, count down and exit");
        ClientProcess bob = sandbox.fleet().client("bob")
                .orElseThrow(() -> new DemoFailure("bob's client process is unknown"));
        OptionalInt exitCode = bob.awaitExit(EXIT_TIMEOUT);
        if (exitCode.isEmpty()) {
            throw new DemoFailure("bob's client is still running " + EXIT_TIMEOUT.toSeconds()
                    + " s after the kick");
        }
        if (exitCode.getAsInt() != 0) {
            throw new DemoFailure("bob's client exited with code " + exitCode.getAsInt()
                    + ", expected 0");
        }
        List<String> ownLines = bob.lines().stream()
                .filter(line -> line.startsWith("[notice]") || line.startsWith("[exit]"))
                .toList();
        narrate("bob's client process exited with code 0. Its own lines:");
        ownLines.forEach(line -> transcript.print("     " + line));
        expectLine(ownLines, line -> line.contains(REASON), "the reason '" + REASON + "'");
        expectLine(ownLines, line -> line.contains("closing in 1 s"), "a countdown");
        expectLine(ownLines, line -> line.startsWith("[exit]"), "its exit");

        if (!sandbox.awaitGone("bob", EXIT_TIMEOUT)) {
            throw new DemoFailure("bob's session is still listed after his client exited");
        }
        step("printTable(system.sessions.list())");
        expectListed(Set.of("alice", "carol"), "bob");
        step("printTable(system.sessions.history())");
    }

    private void rejectForgedOrders() throws DemoFailure, InterruptedException {
        narrate("A hostile script imitates the gateway: it pushes terminate messages into"
                + " carol's notification queue, where real orders go.");
        step("carol = system.sessions.list(user=\"carol\").getValueAt(0, \"id\")");
        step("alice = system.sessions.list(user=\"alice\").getValueAt(0, \"id\")");
        step("sandbox.push(carol, sandbox.forgeToken(carol, \"Forged: signed with a wrong"
                + " key\"))");
        step("sandbox.push(carol, sandbox.forgeToken(alice, \"Forged: an order for another"
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

        ClientProcess carol = sandbox.fleet().client("carol")
                .orElseThrow(() -> new DemoFailure("carol's client process is unknown"));
        if (!carol.isAlive()) {
            throw new DemoFailure("carol's client ended after the forged orders");
        }
        if (!sandbox.kickableUsers().contains("carol")) {
            throw new DemoFailure("carol's session is no longer listed as kickable");
        }
        narrate("carol rejected both (her client logged why), told the gateway, and is still"
                + " connected.");
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

    private void expectListed(Set<String> present, String absent) throws DemoFailure {
        Set<String> listed = sandbox.listedUsers();
        if (listed.contains(absent)) {
            throw new DemoFailure(absent + " is still listed");
        }
        if (!listed.containsAll(present)) {
            throw new DemoFailure("expected " + present + " to be listed, found " + listed);
        }
    }

    private static void expectLine(List<String> lines, Predicate<String> matching,
            String what) throws DemoFailure {
        if (lines.stream().noneMatch(matching)) {
            throw new DemoFailure("bob's client did not print " + what);
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
