package dev.sessioncontrol.sandbox.process;

import dev.sessioncontrol.sandbox.wire.ScriptLines;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One running simulated client process: its output is shown line by line with the client's
 * name in front, and the most recent {@value #KEPT_LINES} lines are kept for inspection. Code
 * sent with {@link #runScript} runs in the client's own script console; its echo, output and
 * error are shown the same way.
 */
public final class ClientProcess {
    private static final String CLIENT_PREFIX = "[client] ";
    private static final String LOGGED_IN = CLIENT_PREFIX + "Logged in as ";
    private static final String LOGIN_FAILED = CLIENT_PREFIX + "Login to ";

    /** How many of the client's output lines are kept. */
    public static final int KEPT_LINES = 500;

    private final String name;
    private final Process process;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread pump;
    private final Writer input;
    private final Object scriptTurn = new Object();
    private int nextScriptId = 1;
    private PendingScript pending;

    ClientProcess(String name, Process process, Transcript transcript) {
        this.name = Objects.requireNonNull(name, "name");
        this.process = Objects.requireNonNull(process, "process");
        this.input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(),
                StandardCharsets.UTF_8));
        this.pump = new Thread(() -> pump(transcript), "output-" + name);
        this.pump.setDaemon(true);
        this.pump.start();
    }

    /** Returns the client's name. */
    public String name() {
        return name;
    }

    /** Returns the operating system's id of the process. */
    public long pid() {
        return process.pid();
    }

    /** Returns the exit code, or empty while the process runs. */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** Tells whether the process is running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the process to end.
     *
     * @param timeout the longest wait
     * @return the exit code, or empty if it is still running
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.empty();
        }
        // Let the last lines reach the transcript before anyone reads them.
        pump.join(Duration.ofSeconds(5).toMillis());
        return OptionalInt.of(process.exitValue());
    }

    /**
     * Waits until the client has logged in to the gateway, or failed to, or ended.
     *
     * @param timeout the longest wait
     * @return empty once the client is logged in; otherwise why it is not: the client's own
     *     line saying why its login failed, or that it ended or did not answer in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public Optional<String> awaitLogin(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                for (String line : lines) {
                    if (line.startsWith(LOGGED_IN)) {
                        return Optional.empty();
                    }
                    if (line.startsWith(LOGIN_FAILED)) {
                        return Optional.of(line.substring(CLIENT_PREFIX.length()));
                    }
                }
                if (!process.isAlive()) {
                    return Optional.of("the client process ended with exit code "
                            + process.exitValue() + " before it logged in");
                }
                long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (leftMillis <= 0) {
                    return Optional.of("the client did not log in within "
                            + timeout.toSeconds() + " s");
                }
                // Bounded: a process that ends prints nothing more to wake this wait.
                wait(Math.min(leftMillis, 200));
            }
        }
    }

    /**
     * Waits until the client has printed a matching line.
     *
     * @param matching which line
     * @param timeout the longest wait
     * @return true if such a line came in time
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public synchronized boolean awaitLine(Predicate<String> matching, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lines.stream().noneMatch(matching)) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return false;
            }
            wait(leftMillis);
        }
        return true;
    }

    /**
     * Runs code in the client's own client-scope script console, where {@code system.sessions}
     * calls the gateway over RPC as this client's user, and waits for its end. One piece of
     * code runs at a time; names it defines stay for the next.
     *
     * @param code Jython code, one or more lines
     * @param timeout the longest wait; the first run also starts the client's Jython
     * @return what the code printed and, if it raised, its error
     * @throws IOException if the client has ended or cannot be reached
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws IllegalStateException if the code did not end within the timeout
     */
    public ScriptResult runScript(String code, Duration timeout)
            throws IOException, InterruptedException {
        synchronized (scriptTurn) {
            PendingScript request;
            synchronized (this) {
                request = new PendingScript(nextScriptId++);
                pending = request;
            }
            if (!process.isAlive()) {
                throw new IOException("Client " + name + " has ended; it runs no more code");
            }
            input.write(ScriptLines.request(request.id, code));
            input.write('\n');
            input.flush();
            return awaitEnd(request, timeout);
        }
    }

    /** Returns the kept output lines, oldest first, without the name prefix. */
    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** Asks the process to end, which runs its logout; see {@link #kill()}. */
    public void stop() {
        // Through the handle: Process.destroy() would also close the output pipe, and the
        // client's last lines (its logout) would be lost.
        process.toHandle().destroy();
    }

    /** Ends the process at once. */
    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "ClientProcess{" + name + ", pid " + process.pid()
                + (process.isAlive() ? "" : ", exited " + process.exitValue()) + "}";
    }

    private synchronized ScriptResult awaitEnd(PendingScript request, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (request.ended == null) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (!process.isAlive() && request.ended == null) {
                throw new IOException("Client " + name + " ended while running the code");
            }
            if (leftMillis <= 0) {
                throw new IllegalStateException("Client " + name + " did not finish the code"
                        + " within " + timeout.toSeconds() + " s");
            }
            wait(Math.min(leftMillis, 200));
        }
        return new ScriptResult(String.join("\n", request.output),
                request.ended == ScriptLines.Kind.FAILED
                        ? Optional.of(String.join("\n", request.error)) : Optional.empty());
    }

    private void pump(Transcript transcript) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Optional<ScriptLines.Answer> answer = ScriptLines.parseAnswer(line);
                if (answer.isPresent()) {
                    take(answer.get(), transcript);
                    continue;
                }
                keep(line);
                transcript.print("[" + name + "] " + line);
            }
        } catch (IOException e) {
            transcript.print("[" + name + "] (output closed: " + e.getMessage() + ")");
        }
    }

    private synchronized void take(ScriptLines.Answer answer, Transcript transcript) {
        PendingScript request = pending != null && pending.id == answer.id() ? pending : null;
        switch (answer.kind()) {
            case DONE, FAILED -> {
                if (request != null) {
                    request.ended = answer.kind();
                    notifyAll();
                }
                return;
            }
            case OUTPUT -> {
                if (request != null) {
                    request.output.add(answer.text());
                }
            }
            case ERROR -> {
                if (request != null) {
                    request.error.add(answer.text());
                }
            }
            default -> {
                // The echo is shown, not returned.
            }
        }
        keep(answer.text());
        transcript.print("[" + name + "] " + answer.text());
    }

    private synchronized void keep(String line) {
        if (lines.size() >= KEPT_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
        notifyAll();
    }

    /**
     * What a piece of client-scope code printed, and the error it raised, if any.
     *
     * @param output the printed lines
     * @param error the error, as the console shows it
     */
    public record ScriptResult(String output, Optional<String> error) {
        /** Tells whether the code ran without raising. */
        public boolean succeeded() {
            return error.isEmpty();
        }
    }

    /** A request sent to the client, and what came back so far. */
    private static final class PendingScript {
        private final int id;
        private final List<String> output = new ArrayList<>();
        private final List<String> error = new ArrayList<>();
        private ScriptLines.Kind ended;

        private PendingScript(int id) {
            this.id = id;
        }
    }
}
