package dev.sessioncontrol.common.rpc;

import java.util.Locale;

/** What became of one target of a kick. */
public enum KickOutcome {
    /** A signed terminate order was queued for the session. */
    SENT,
    /** The Perspective session was closed by the gateway, with the reason shown to the user. */
    CLOSED,
    /** No session had the id. */
    NOT_FOUND,
    /** The session ended before the order could be sent. */
    GONE,
    /** The session cannot receive an order; the detail says why. */
    NOT_KICKABLE,
    /** The session is the caller's own and the call did not ask to include it. */
    SKIPPED_SELF,
    /** The caller may not kick this session. */
    DENIED;

    /** Returns the lower-case label used in result datasets. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
