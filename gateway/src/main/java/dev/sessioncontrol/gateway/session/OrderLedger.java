package dev.sessioncontrol.gateway.session;

import dev.sessioncontrol.common.PrintableText;
import dev.sessioncontrol.common.RejectReason;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of terminate orders: every order this gateway sent, by whom, to whom, why, and
 * what became of it, for the most recent {@code capacity} orders. Thread-safe: concurrent kicks
 * and acknowledgements never lose an entry (short of the capacity bound, which drops the
 * oldest first). Every change is written to the gateway log and passed to the listeners.
 *
 * <p>An acknowledgement counts only when it comes from the session the order was addressed
 * to, and only while the order is still pending; any other is logged and ignored.
 */
public final class OrderLedger {
    private static final Logger log = LoggerFactory.getLogger(OrderLedger.class);

    private final Map<String, OrderEntry> orders;
    private final Clock clock;
    private final List<OrderListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates an empty ledger.
     *
     * @param capacity how many orders it keeps; older ones are forgotten first
     * @param clock the gateway clock, for status times
     */
    public OrderLedger(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.orders = new LinkedHashMap<String, OrderEntry>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, OrderEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Adds a listener that hears every change.
     *
     * @param listener the listener
     */
    public void addListener(OrderListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Records an order as sent.
     *
     * @param order the order
     * @param target the targeted session
     */
    public void recordSent(TerminateOrder order, SessionRecord target) {
        OrderEntry entry = new OrderEntry(order.orderId().toHex(), order.issuedAt(),
                order.issuer(), target.id(), target.user(), target.host(), order.reason(),
                order.graceSeconds(), OrderStatus.SENT, "", order.issuedAt());
        synchronized (this) {
            orders.put(entry.orderId(), entry);
        }
        log.info("Order {} sent: {} kicks session {} (user {}, host {}), grace {} s, reason '{}'",
                entry.orderId(), PrintableText.of(entry.issuer()), entry.sessionId(),
                PrintableText.of(entry.user()), PrintableText.of(entry.host()),
                entry.graceSeconds(), PrintableText.of(entry.reason()));
        notifyListeners(entry);
    }

    /**
     * Records the closing of a Perspective session, which needs no signed order and no answer.
     *
     * @param orderId the id under which the closing is recorded
     * @param issued when it was asked for
     * @param issuer who asked
     * @param target the closed session
     * @param reason the message shown to the user
     */
    public void recordClosed(String orderId, Instant issued, String issuer, SessionRecord target,
            String reason) {
        OrderEntry entry = new OrderEntry(orderId, issued, issuer, target.id(), target.user(),
                target.host(), reason, 0, OrderStatus.CLOSED, "Perspective session closed",
                issued);
        synchronized (this) {
            orders.put(entry.orderId(), entry);
        }
        log.info("Perspective session {} (user {}, project {}) closed by {}: reason '{}'",
                PrintableText.of(entry.sessionId()), PrintableText.of(entry.user()),
                PrintableText.of(target.project()), PrintableText.of(entry.issuer()),
                PrintableText.of(entry.reason()));
        notifyListeners(entry);
    }

    /**
     * Applies a client's acknowledgement.
     *
     * @param fromSessionId the public id of the session that sent it, from the gateway's record
     * @param acknowledgement what the client said
     * @return true if it matched a pending order addressed to that session
     */
    public boolean acknowledge(String fromSessionId, Acknowledgement acknowledgement) {
        Optional<String> orderId = acknowledgement.orderId();
        boolean exiting = acknowledgement.answer() == Acknowledgement.Answer.EXITING;
        if (!exiting && isUnauthenticatedClaim(acknowledgement.detail())) {
            // The token failed before its MAC was proven, so the order id it claims may be
            // anyone's; a forged token must not settle a genuine order.
            log.warn("Session {} rejected a token claiming order {} ({}); the claim is not"
                    + " authenticated, so the order stays as it is", fromSessionId,
                    PrintableText.of(orderId.orElse("(none)"), 40),
                    PrintableText.of(acknowledgement.detail(), 40));
            return false;
        }
        OrderStatus status = exiting ? OrderStatus.ACKNOWLEDGED : OrderStatus.REJECTED;
        String detail = exiting ? "client is exiting" : acknowledgement.detail();
        OrderEntry updated;
        synchronized (this) {
            OrderEntry entry = orderId.map(orders::get).orElse(null);
            if (entry == null || !entry.sessionId().equals(fromSessionId)
                    || !entry.status().isPending()) {
                updated = null;
            } else {
                updated = entry.withStatus(status, detail, clock.instant());
                orders.put(updated.orderId(), updated);
            }
        }
        if (updated == null) {
            log.warn("Session {} answered {} for order {}, which is not pending for it; ignored",
                    fromSessionId, acknowledgement.answer(),
                    PrintableText.of(orderId.orElse("(unreadable)"), 40));
            return false;
        }
        if (exiting) {
            log.info("Order {} acknowledged: session {} is exiting", updated.orderId(),
                    fromSessionId);
        } else {
            log.warn("Order {} rejected by session {}: {}", updated.orderId(), fromSessionId,
                    PrintableText.of(detail, 40));
        }
        notifyListeners(updated);
        return true;
    }

    private static boolean isUnauthenticatedClaim(String rejectReason) {
        return RejectReason.BAD_SIGNATURE.name().equals(rejectReason)
                || RejectReason.MALFORMED.name().equals(rejectReason)
                || RejectReason.UNSUPPORTED_VERSION.name().equals(rejectReason);
    }

    /**
     * Settles a pending order that got no answer.
     *
     * @param orderId the order id in hex
     * @param status {@link OrderStatus#GONE} or {@link OrderStatus#NO_ANSWER}
     * @param detail what the gateway saw or did
     * @return true if the order was still pending
     */
    public boolean settle(String orderId, OrderStatus status, String detail) {
        OrderEntry updated;
        synchronized (this) {
            OrderEntry entry = orders.get(orderId);
            if (entry == null || !entry.status().isPending()) {
                return false;
            }
            updated = entry.withStatus(status, detail, clock.instant());
            orders.put(orderId, updated);
        }
        log.info("Order {} for session {} settled as {}: {}", orderId, updated.sessionId(),
                status.label(), detail);
        notifyListeners(updated);
        return true;
    }

    /**
     * Returns the orders still waiting for an answer that were issued before a time.
     *
     * @param issuedBefore the cut-off
     * @return the pending orders, oldest first
     */
    public synchronized List<OrderEntry> pendingSince(Instant issuedBefore) {
        List<OrderEntry> pending = new ArrayList<>();
        for (OrderEntry entry : orders.values()) {
            if (entry.status().isPending() && entry.issued().isBefore(issuedBefore)) {
                pending.add(entry);
            }
        }
        return pending;
    }

    /**
     * Returns the most recent orders, newest first.
     *
     * @param limit how many at most
     * @return the orders
     */
    public synchronized List<OrderEntry> recent(int limit) {
        List<OrderEntry> all = new ArrayList<>(orders.values());
        Collections.reverse(all);
        return all.subList(0, Math.min(Math.max(limit, 0), all.size()));
    }

    /**
     * Returns where an order stands.
     *
     * @param orderId the order id in hex
     * @return the status, or empty if the ledger does not know (or no longer keeps) the order
     */
    public synchronized Optional<OrderStatus> status(String orderId) {
        OrderEntry entry = orders.get(orderId);
        return entry == null ? Optional.empty() : Optional.of(entry.status());
    }

    /** Returns how many orders the ledger keeps now. */
    public synchronized int size() {
        return orders.size();
    }

    private void notifyListeners(OrderEntry entry) {
        for (OrderListener listener : listeners) {
            try {
                listener.orderChanged(entry);
            } catch (RuntimeException | LinkageError e) {
                // The order is already sent and recorded; a failing audit sink must not undo
                // or hide that from the caller.
                log.error("Order listener {} failed for order {}", listener, entry.orderId(), e);
            }
        }
    }
}
