package dev.sessioncontrol.sandbox.client;

import dev.sessioncontrol.client.ClientExit;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The exit of a simulated client: it ends the process, as {@code system.util.exit} ends a
 * Vision client. With a veto it plays a shutdown-intercept script that cancels every exit that
 * is not forced.
 */
final class ProcessExit implements ClientExit {
    private final PrintStream out;
    private final boolean vetoUnforced;

    /**
     * Creates the exit.
     *
     * @param out where the client's own lines go
     * @param vetoUnforced true to cancel exits that are not forced
     */
    ProcessExit(PrintStream out, boolean vetoUnforced) {
        this.out = Objects.requireNonNull(out, "out");
        this.vetoUnforced = vetoUnforced;
    }

    @Override
    public void exit(boolean force) {
        if (vetoUnforced && !force) {
            out.println("[exit] The shutdown-intercept script cancelled the exit; the client"
                    + " keeps running (only a forced order ends it)");
            return;
        }
        out.println("[exit] Exiting" + (force ? " (forced)" : ""));
        out.flush();
        System.exit(0);
    }
}
