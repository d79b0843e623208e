package dev.sessioncontrol.sandbox.client;

import dev.sessioncontrol.client.TerminationNotice;
import java.io.PrintStream;
import java.util.Objects;

/**
 * The termination notice of a simulated client: the reason and who asked, then a countdown of
 * one line per second, printed to the client's output instead of shown in a window.
 *
 * <p>The reason and issuer are printed as plain text with control characters escaped, so a
 * reason cannot forge further output lines.
 */
final class ConsoleNotice implements TerminationNotice {
    private final PrintStream out;

    ConsoleNotice(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void show(String reason, String issuer, int graceSeconds) {
        out.println("[notice] Session ending: " + PlainText.of(reason));
        out.println("[notice] Requested by " + PlainText.of(issuer) + "; this client closes in "
                + graceSeconds + " s");
        if (graceSeconds > 0) {
            Thread countdown = new Thread(() -> countDown(graceSeconds), "notice-countdown");
            countdown.setDaemon(true);
            countdown.start();
        }
    }

    private void countDown(int graceSeconds) {
        for (int left = graceSeconds; left > 0; left--) {
            out.println("[notice] closing in " + left + " s");
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
