package dev.sessioncontrol.gateway.session;

import java.util.Locale;

/** Where a terminate order stands, from the gateway's point of view. */
public enum OrderStatus {
    /** Queued for the session; no answer yet. */
    SENT,
    /** The client verified the order and is exiting. */
    ACKNOWLEDGED,
    /** The client refused the order; the detail names the reason. */
    REJECTED;

    /** Returns the lower-case label used in datasets and logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
