package dev.sessioncontrol.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A termination notice that remembers what it was asked to show. */
final class RecordingNotice implements TerminationNotice {
    private final List<Shown> shown = new ArrayList<>();

    @Override
    public synchronized void show(String reason, String issuer, int graceSeconds) {
        shown.add(new Shown(reason, issuer, graceSeconds));
    }

    /** Returns every notice shown, in order. */
    synchronized List<Shown> shown() {
        return Collections.unmodifiableList(new ArrayList<>(shown));
    }

    /** One notice as shown. */
    static final class Shown {
        final String reason;
        final String issuer;
        final int graceSeconds;

        Shown(String reason, String issuer, int graceSeconds) {
            this.reason = reason;
            this.issuer = issuer;
            this.graceSeconds = graceSeconds;
        }

        @Override
        public String toString() {
            return "Shown{" + reason + ", " + issuer + ", " + graceSeconds + " s}";
        }
    }
}
