package dev.sessioncontrol.common;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying a terminate token: the accepted order, or the reason for rejecting
 * the token together with the order id it claimed, if one could be read.
 *
 * <p>A claimed order id is authenticated only when the verdict is accepted. For a rejected token
 * it is whatever the payload said, good only for matching the acknowledgement to the gateway's
 * own record.
 */
public final class Verdict {
    private final TerminateOrder order;
    private final RejectReason rejectReason;
    private final OrderId claimedOrderId;

    private Verdict(TerminateOrder order, RejectReason rejectReason, OrderId claimedOrderId) {
        this.order = order;
        this.rejectReason = rejectReason;
        this.claimedOrderId = claimedOrderId;
    }

    /**
     * Returns the verdict for a token that passed every check.
     *
     * @param order the verified order
     * @return an accepted verdict
     * @throws NullPointerException if {@code order} is null
     */
    public static Verdict accepted(TerminateOrder order) {
        Objects.requireNonNull(order, "order");
        return new Verdict(order, null, order.orderId());
    }

    /**
     * Returns the verdict for a refused token.
     *
     * @param reason the first check that failed
     * @param claimedOrderId the order id the token claimed, or empty if none could be read
     * @return a rejected verdict
     * @throws NullPointerException if an argument is null
     */
    public static Verdict rejected(RejectReason reason, Optional<OrderId> claimedOrderId) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(claimedOrderId, "claimedOrderId");
        return new Verdict(null, reason, claimedOrderId.orElse(null));
    }

    /**
     * Tells whether the token passed every check.
     *
     * @return true if the order must be obeyed
     */
    public boolean isAccepted() {
        return order != null;
    }

    /**
     * Returns the verified order.
     *
     * @return the order
     * @throws IllegalStateException if the verdict is a rejection
     */
    public TerminateOrder order() {
        if (order == null) {
            throw new IllegalStateException("A rejected verdict (" + rejectReason
                    + ") has no order; check isAccepted() first");
        }
        return order;
    }

    /**
     * Returns why the token was refused.
     *
     * @return the reason, or empty if the verdict is accepted
     */
    public Optional<RejectReason> rejectReason() {
        return Optional.ofNullable(rejectReason);
    }

    /**
     * Returns the order id read from the token, even when the token was refused; it is
     * authenticated only if the verdict is accepted.
     *
     * @return the claimed order id, or empty if none could be read
     */
    public Optional<OrderId> claimedOrderId() {
        return Optional.ofNullable(claimedOrderId);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Verdict)) {
            return false;
        }
        Verdict that = (Verdict) other;
        return Objects.equals(order, that.order)
                && rejectReason == that.rejectReason
                && Objects.equals(claimedOrderId, that.claimedOrderId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(order, rejectReason, claimedOrderId);
    }

    @Override
    public String toString() {
        return isAccepted()
                ? "Verdict[accepted " + order + "]"
                : "Verdict[rejected " + rejectReason + ", claimedOrderId=" + claimedOrderId + "]";
    }
}
