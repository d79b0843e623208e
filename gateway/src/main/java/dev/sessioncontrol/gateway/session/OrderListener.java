package dev.sessioncontrol.gateway.session;

/** Hears every change of the order history, for audit trails beyond the gateway log. */
public interface OrderListener {
    /**
     * Called after an order is recorded or its status changes.
     *
     * @param entry the order as it now stands
     */
    void orderChanged(OrderEntry entry);
}
