package dev.sessioncontrol.sandbox.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One running simulated client process: its output is shown line by line with the client's
 * name in front, and the most recent {@value #KEPT_LINES} lines are kept for inspection.
 */
public final class ClientProcess {
    /** How many of the client's output lines are kept. */
    public static final int KEPT_LINES = 500;

    private final String name;
    private final Process process;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread pump;

    ClientProcess(String name, Process process, Transcript transcript) {
        this.name = Objects.requireNonNull(name, "name");
        this.process = Objects.requireNonNull(process, "process");
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

    private void pump(Transcript transcript) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                keep(line);
                transcript.print("[" + name + "] " + line);
            }
        } catch (IOException e) {
            transcript.print("[" + name + "] (output closed: " + e.getMessage() + ")");
        }
    }

    private synchronized void keep(String line) {
        if (lines.size() >= KEPT_LINES) {
            lines.removeFirst();
        }
        lines.addLast(line);
        notifyAll();
    }
}
