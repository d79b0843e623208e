package dev.sessioncontrol.sandbox;

import dev.sessioncontrol.sandbox.process.ClientSpec;
import dev.sessioncontrol.sandbox.process.Transcript;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The sandbox's interactive mode: starts the clients ("admin", who holds the Administrator
 * role, then alice, bob, ... without roles), then reads script lines at a
 * {@code >>> } prompt (continuation lines at {@code ... }) until end of input or
 * {@code exit()}.
 */
final class ServeLoop {
    private static final String ADMIN = "admin";
    private static final List<String> NAMES = List.of(ADMIN, "alice", "bob", "carol", "dave",
            "erin", "frank", "grace", "heidi", "ivan");
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(60);

    private final Sandbox sandbox;
    private final Transcript transcript;
    private final SandboxOptions options;
    private final boolean interactive;

    /**
     * Creates the loop.
     *
     * @param sandbox the running sandbox
     * @param transcript where output goes
     * @param options the clients to start
     * @param interactive true when a person types at a terminal: prompts are shown; otherwise
     *     each input line is echoed after its prompt
     */
    ServeLoop(Sandbox sandbox, Transcript transcript, SandboxOptions options,
            boolean interactive) {
        this.sandbox = sandbox;
        this.transcript = transcript;
        this.options = options;
        this.interactive = interactive;
    }

    /**
     * Runs until the input ends.
     *
     * @param in the script lines
     * @param prompt where prompts go
     * @return the exit code: 0
     * @throws IOException if the input fails
     * @throws InterruptedException if interrupted while the clients start
     */
    int run(BufferedReader in, PrintStream prompt) throws IOException, InterruptedException {
        List<String> users = startClients();
        sandbox.console();
        Set<String> missing = sandbox.awaitKickable(users, REGISTRATION_TIMEOUT);
        if (!missing.isEmpty()) {
            transcript.print("## Not registered yet: " + missing);
        }
        transcript.print("## Type script lines, e.g. printTable(system.sessions.list()) or"
                + " system.sessions.kick(id, reason=\"Shift change\", graceSeconds=5);"
                + " sandbox.clientScript(\"admin\", code) runs code in a client's own scope."
                + " exit() or end of input quits.");
        readEvalPrint(in, prompt);
        transcript.print("## Stopping the clients");
        return 0;
    }

    private List<String> startClients() throws IOException {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            String user = i < NAMES.size() ? NAMES.get(i) : "user" + (i + 1);
            String[] roles = user.equals(ADMIN) ? new String[] {"Administrator"}
                    : new String[0];
            ClientSpec spec = ClientSpec.visionClient(user, options.project(), roles);
            sandbox.fleet().launch(options.vetoShutdown() ? spec.vetoingShutdown() : spec);
            users.add(user);
        }
        return users;
    }

    private void readEvalPrint(BufferedReader in, PrintStream prompt) throws IOException {
        StringBuilder pending = new StringBuilder();
        while (true) {
            String marker = pending.length() == 0 ? ">>> " : "... ";
            if (interactive) {
                prompt.print(marker);
                prompt.flush();
            }
            String line = in.readLine();
            if (line == null) {
                if (interactive) {
                    prompt.println();
                }
                return;
            }
            if (!interactive) {
                // Piped input: echo each line, so the transcript reads like the demo's.
                transcript.print(marker + line);
            }
            if (pending.length() == 0 && isExit(line)) {
                return;
            }
            boolean endsContinuation = pending.length() > 0 && line.isBlank();
            pending.append(pending.length() == 0 ? "" : "\n").append(line);
            // A blank line always ends a continuation, as at Python's prompt: whatever is
            // pending runs, and if it cannot compile the error is shown.
            if (endsContinuation || sandbox.console().isComplete(pending.toString())) {
                String source = pending.toString();
                pending.setLength(0);
                if (!source.isBlank()) {
                    run(source);
                }
            }
        }
    }

    private void run(String source) {
        var outcome = sandbox.console().run(source);
        StringBuilder shown = new StringBuilder(outcome.output().stripTrailing());
        outcome.error().ifPresent(error -> shown.append(shown.length() > 0 ? "\n" : "")
                .append(error));
        if (shown.length() > 0) {
            transcript.print(shown.toString());
        }
    }

    private static boolean isExit(String line) {
        String command = line.strip();
        return command.equals("exit()") || command.equals("quit()");
    }
}
