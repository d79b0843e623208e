package dev.sessioncontrol.gateway.session;

import dev.sessioncontrol.common.rpc.KickOutcome;
import java.util.Objects;
import java.util.Optional;

/** What became of one target of a kick: the outcome, a sentence, and the order id if sent. */
public final class KickResult {
    private final String sessionId;
    private final String user;
    private final KickOutcome outcome;
    private final String detail;
    private final String orderId;

    KickResult(String sessionId, String user, KickOutcome outcome, String detail,
            String orderId) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.user = user == null ? "" : user;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.detail = detail == null ? "" : detail;
        this.orderId = orderId;
    }

    /** Returns the targeted session's id. */
    public String sessionId() {
        return sessionId;
    }

    /** Returns the targeted session's user. */
    public String user() {
        return user;
    }

    /** Returns what happened. */
    public KickOutcome outcome() {
        return outcome;
    }

    /** Returns a sentence a person can act on. */
    public String detail() {
        return detail;
    }

    /** Returns the order id in hex, when an order was sent. */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    @Override
    public String toString() {
        return "KickResult{" + sessionId + ", " + outcome.label() + ", " + detail + "}";
    }
}
