package dev.sessioncontrol.common.rpc;

import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.PrintableText;
import dev.sessioncontrol.common.RejectReason;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A client's answer to a terminate order: it is exiting, or it rejected the order and why.
 *
 * <p>The order id of a rejected order is the one the token claimed; the gateway uses it only to
 * find its own record, never as proof of anything.
 */
public final class Acknowledgement implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAIL_CHARS = 200;

    /** What the client did with the order. */
    public enum Answer {
        /** The order was valid; the client shows the notice and exits. */
        EXITING,
        /** The order was refused; the client keeps running. */
        REJECTED
    }

    private final String orderId;
    private final Answer answer;
    private final String detail;

    private Acknowledgement(String orderId, Answer answer, String detail) {
        this.orderId = orderId;
        this.answer = Objects.requireNonNull(answer, "answer");
        String text = detail == null ? "" : detail;
        this.detail = text.length() > MAX_DETAIL_CHARS ? text.substring(0, MAX_DETAIL_CHARS) : text;
        requireOrderIdForm(orderId);
        if (answer == Answer.REJECTED) {
            requireRejectReason(this.detail);
        }
    }

    private static void requireOrderIdForm(String orderId) {
        if (orderId != null) {
            // Throws IllegalArgumentException naming the expected form.
            OrderId.fromHex(orderId);
        }
    }

    private static void requireRejectReason(String detail) {
        for (RejectReason reason : RejectReason.values()) {
            if (reason.name().equals(detail)) {
                return;
            }
        }
        throw new IllegalArgumentException("A rejection must name a RejectReason, such as "
                + RejectReason.BAD_SIGNATURE.name() + "; got " + PrintableText.of(detail, 40));
    }

    /**
     * Re-applies every rule to a deserialized value: a client can send the gateway any field
     * values, so the factories' checks must hold for what arrives over the wire too.
     */
    private Object readResolve() throws java.io.ObjectStreamException {
        try {
            return new Acknowledgement(orderId, answer, detail);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new java.io.InvalidObjectException("Invalid acknowledgement: "
                    + e.getMessage());
        }
    }

    /**
     * Returns the answer to a valid order.
     *
     * @param orderId the order's id in hex
     * @return the acknowledgement
     */
    public static Acknowledgement exiting(String orderId) {
        return new Acknowledgement(Objects.requireNonNull(orderId, "orderId"), Answer.EXITING, "");
    }

    /**
     * Returns the answer to a refused order.
     *
     * @param claimedOrderId the order id the token claimed, or null if it could not be read
     * @param reason the rejection reason's name
     * @return the acknowledgement
     */
    public static Acknowledgement rejected(String claimedOrderId, String reason) {
        return new Acknowledgement(claimedOrderId, Answer.REJECTED, reason);
    }

    /** Returns the order id, if it is known. */
    public Optional<String> orderId() {
        return Optional.ofNullable(orderId);
    }

    /** Returns what the client did. */
    public Answer answer() {
        return answer;
    }

    /** Returns the rejection reason, or an empty string for an exit. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return "Acknowledgement{orderId=" + orderId + ", answer=" + answer + ", detail=" + detail
                + "}";
    }
}
