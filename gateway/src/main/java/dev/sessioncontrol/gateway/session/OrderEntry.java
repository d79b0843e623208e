package dev.sessioncontrol.gateway.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One terminate order as the gateway recorded it: who asked, whom it targeted, why, and where
 * it stands. Immutable; a status change makes a new entry.
 */
public final class OrderEntry {
    private final String orderId;
    private final Instant issued;
    private final String issuer;
    private final String sessionId;
    private final String user;
    private final String host;
    private final String reason;
    private final int graceSeconds;
    private final OrderStatus status;
    private final String detail;
    private final Instant updated;

    OrderEntry(String orderId, Instant issued, String issuer, String sessionId, String user,
            String host, String reason, int graceSeconds, OrderStatus status, String detail,
            Instant updated) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.issued = Objects.requireNonNull(issued, "issued");
        this.issuer = issuer;
        this.sessionId = sessionId;
        this.user = user;
        this.host = host;
        this.reason = reason;
        this.graceSeconds = graceSeconds;
        this.status = Objects.requireNonNull(status, "status");
        this.detail = detail == null ? "" : detail;
        this.updated = Objects.requireNonNull(updated, "updated");
    }

    OrderEntry withStatus(OrderStatus newStatus, String newDetail, Instant at) {
        return new OrderEntry(orderId, issued, issuer, sessionId, user, host, reason,
                graceSeconds, newStatus, newDetail, at);
    }

    /** Returns the order id in hex. */
    public String orderId() {
        return orderId;
    }

    /** Returns when the order was issued. */
    public Instant issued() {
        return issued;
    }

    /** Returns who asked for the kick. */
    public String issuer() {
        return issuer;
    }

    /** Returns the targeted session's id. */
    public String sessionId() {
        return sessionId;
    }

    /** Returns the targeted session's user. */
    public String user() {
        return user;
    }

    /** Returns the targeted session's host. */
    public String host() {
        return host;
    }

    /** Returns the reason given. */
    public String reason() {
        return reason;
    }

    /** Returns the grace time the order gave. */
    public int graceSeconds() {
        return graceSeconds;
    }

    /** Returns where the order stands. */
    public OrderStatus status() {
        return status;
    }

    /** Returns more about the status, such as a rejection reason. */
    public String detail() {
        return detail;
    }

    /** Returns when the status last changed. */
    public Instant updated() {
        return updated;
    }

    @Override
    public String toString() {
        return "OrderEntry{" + orderId + ", " + issuer + " -> " + sessionId + " (" + user + "), "
                + status.label() + "}";
    }
}
