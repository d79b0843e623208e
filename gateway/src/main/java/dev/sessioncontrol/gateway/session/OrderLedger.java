package dev.sessioncontrol.gateway.session;

import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminate orders this gateway sent, and what became of each, for the most recent
 * {@code capacity} orders. Thread-safe.
 *
 * <p>An acknowledgement counts only when it comes from the session the order was addressed
 * to; any other is logged and ignored.
 */
public final class OrderLedger {
    private static final Logger log = LoggerFactory.getLogger(OrderLedger.class);

    private final Map<String, Tracked> orders;

    /**
     * Creates an empty ledger.
     *
     * @param capacity how many orders it keeps; older ones are forgotten first
     */
    public OrderLedger(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.orders = new LinkedHashMap<String, Tracked>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Records an order as sent.
     *
     * @param order the order
     */
    public synchronized void recordSent(TerminateOrder order) {
        orders.put(order.orderId().toHex(), new Tracked(order.targetSessionId()));
    }

    /**
     * Applies a client's acknowledgement.
     *
     * @param fromSessionId the public id of the session that sent it, from the gateway's record
     * @param acknowledgement what the client said
     * @return true if it matched an order addressed to that session
     */
    public synchronized boolean acknowledge(String fromSessionId,
            Acknowledgement acknowledgement) {
        Optional<String> orderId = acknowledgement.orderId();
        Tracked entry = orderId.map(orders::get).orElse(null);
        if (entry == null || !entry.target.equals(fromSessionId)) {
            log.warn("Session {} acknowledged order {} that was not sent to it; ignored",
                    fromSessionId, orderId.orElse("(unreadable)"));
            return false;
        }
        if (acknowledgement.answer() == Acknowledgement.Answer.EXITING) {
            entry.status = OrderStatus.ACKNOWLEDGED;
            log.info("Session {} acknowledged order {} and is exiting", fromSessionId,
                    orderId.get());
        } else {
            entry.status = OrderStatus.REJECTED;
            entry.detail = acknowledgement.detail();
            log.warn("Session {} rejected order {}: {}", fromSessionId, orderId.get(),
                    acknowledgement.detail());
        }
        return true;
    }

    /**
     * Returns where an order stands.
     *
     * @param orderId the order id in hex
     * @return the status, or empty if the ledger does not know (or no longer keeps) the order
     */
    public synchronized Optional<OrderStatus> status(String orderId) {
        Tracked entry = orders.get(orderId);
        return entry == null ? Optional.empty() : Optional.of(entry.status);
    }

    private static final class Tracked {
        private final String target;
        private OrderStatus status = OrderStatus.SENT;
        private String detail = "";

        private Tracked(String target) {
            this.target = target;
        }
    }
}
