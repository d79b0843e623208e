package dev.sessioncontrol.sandbox.process;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The sandbox's console output, shared by the script console and the client processes: each
 * line or block is printed whole, so that a client's line never lands inside a table.
 */
public final class Transcript {
    private final PrintStream out;

    /**
     * Creates a transcript.
     *
     * @param out where it prints
     */
    public Transcript(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Prints one line, or several lines as one block.
     *
     * @param text the text; a trailing line break is added
     */
    public void print(String text) {
        synchronized (out) {
            out.println(text);
            out.flush();
        }
    }
}
