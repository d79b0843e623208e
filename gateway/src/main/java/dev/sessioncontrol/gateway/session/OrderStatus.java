package dev.sessioncontrol.gateway.session;

import java.util.Locale;

/** Where a terminate order stands, from the gateway's point of view. */
public enum OrderStatus {
    /** Queued for the session; no answer yet. */
    SENT,
    /** The client verified the order and is exiting. */
    ACKNOWLEDGED,
    /** The client refused the order; the detail names the reason. */
    REJECTED,
    /** The session ended before it answered. */
    GONE,
    /** The client did not answer in time; the gateway invalidated the session itself. */
    NO_ANSWER,
    /** A Perspective session, closed by the gateway; there is no client answer to wait for. */
    CLOSED;

    /** Returns the lower-case label used in datasets and logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Tells whether the order still waits for an answer. */
    public boolean isPending() {
        return this == SENT;
    }
}
