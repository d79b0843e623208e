package dev.sessioncontrol.sandbox.client;

import dev.sessioncontrol.sandbox.platform.CapturingScriptManager;
import dev.sessioncontrol.sandbox.script.ScriptConsole;
import dev.sessioncontrol.sandbox.wire.ScriptLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The client-scope script console of a simulated client: code the sandbox sends on standard
 * input runs in Jython against the client's own scripting, so {@code system.sessions} is the
 * module the real client hook added, whose every call goes to the gateway over RPC and is
 * checked there against this session's roles. Answers go to standard output as
 * {@link ScriptLines}.
 *
 * <p>Jython starts with the first request, so a client that never runs code does not pay for
 * it. Requests run one after another; names a request defines stay for the next.
 */
final class ClientScriptConsole {
    private final CapturingScriptManager scriptManager;
    private final PrintStream out;
    private ScriptConsole console;

    /**
     * Creates the console.
     *
     * @param scriptManager the client's script manager, holding what the hook added
     * @param out where answers go
     */
    ClientScriptConsole(CapturingScriptManager scriptManager, PrintStream out) {
        this.scriptManager = Objects.requireNonNull(scriptManager, "scriptManager");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Reads requests on a daemon thread until the input ends.
     *
     * @param in the requests, one per line
     */
    void serve(InputStream in) {
        Thread reader = new Thread(() -> readRequests(in), "client-scripts");
        reader.setDaemon(true);
        reader.start();
    }

    private void readRequests(InputStream in) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    answer(line);
                }
            }
        } catch (IOException e) {
            // The sandbox closed its end; the client goes on without a console.
        }
    }

    private void answer(String line) {
        ScriptLines.Request request;
        try {
            request = ScriptLines.parseRequest(line);
        } catch (IllegalArgumentException e) {
            out.println("[client] Ignored a script request: " + e.getMessage());
            return;
        }
        int id = request.id();
        echo(id, request.code());
        ScriptConsole.Outcome outcome = console().run(request.code());
        synchronized (out) {
            print(ScriptLines.Kind.OUTPUT, id, outcome.output().stripTrailing());
            Optional<String> error = outcome.error();
            error.ifPresent(text -> print(ScriptLines.Kind.ERROR, id, text));
            out.println(ScriptLines.answer(error.isPresent() ? ScriptLines.Kind.FAILED
                    : ScriptLines.Kind.DONE, id, ""));
            out.flush();
        }
    }

    private void echo(int id, String code) {
        String[] lines = code.split("\n", -1);
        synchronized (out) {
            for (int i = 0; i < lines.length; i++) {
                out.println(ScriptLines.answer(ScriptLines.Kind.ECHO, id,
                        (i == 0 ? ">>> " : "... ") + lines[i]));
            }
            out.flush();
        }
    }

    private void print(ScriptLines.Kind kind, int id, String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\r?\n", -1)) {
            out.println(ScriptLines.answer(kind, id, line));
        }
    }

    private ScriptConsole console() {
        if (console == null) {
            Map<String, Object> modules = scriptManager.modules();
            console = ScriptConsole.create(modules, Map.of());
        }
        return console;
    }
}
