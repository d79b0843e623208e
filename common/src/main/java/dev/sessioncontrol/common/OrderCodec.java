package dev.sessioncontrol.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts a {@link TerminateOrder} to and from its canonical bytes, the payload that the MAC
 * covers. Every order has exactly one encoding and {@link #decode(byte[])} accepts nothing
 * else, so a signature never depends on a map's order, a locale or a lenient parser.
 *
 * <p>Layout (all numbers big-endian; texts as an unsigned 16-bit byte count followed by that
 * many bytes of UTF-8):
 * <pre>
 * offset  size  field
 *      0     1  version, 0x01
 *      1    16  order id
 *     17     8  issued at, signed epoch milliseconds
 *     25     8  expires at, signed epoch milliseconds
 *     33     2  grace seconds, unsigned, 0..3600
 *     35     1  force, 0x00 or 0x01
 *     36  2+n1  target session id
 *       2+n2  issuer
 *       2+n3  reason
 * </pre>
 * Nothing may follow the reason. docs/protocol.md describes the format in full.
 */
public final class OrderCodec {
    /** The length of the fixed-width fields that precede the texts. */
    static final int FIXED_LENGTH = 36;

    private static final int ORDER_ID_OFFSET = 1;
    private static final int ISSUED_AT_OFFSET = 17;
    private static final int EXPIRES_AT_OFFSET = 25;
    private static final int GRACE_OFFSET = 33;
    private static final int FORCE_OFFSET = 35;
    private static final int TEXT_LENGTH_BYTES = 2;

    private OrderCodec() {
    }

    /**
     * Returns the canonical bytes of {@code order}.
     *
     * @param order the order to encode
     * @return a new array holding the payload
     * @throws NullPointerException if {@code order} is null
     */
    public static byte[] encode(TerminateOrder order) {
        Objects.requireNonNull(order, "order");
        byte[] target = order.targetSessionId().getBytes(StandardCharsets.UTF_8);
        byte[] issuer = order.issuer().getBytes(StandardCharsets.UTF_8);
        byte[] reason = order.reason().getBytes(StandardCharsets.UTF_8);
        int length = FIXED_LENGTH + 3 * TEXT_LENGTH_BYTES
                + target.length + issuer.length + reason.length;
        byte[] payload = new byte[length];

        payload[0] = (byte) order.version();
        order.orderId().write(payload, ORDER_ID_OFFSET);
        OrderId.writeLong(payload, ISSUED_AT_OFFSET, order.issuedAt().toEpochMilli());
        OrderId.writeLong(payload, EXPIRES_AT_OFFSET, order.expiresAt().toEpochMilli());
        payload[GRACE_OFFSET] = (byte) (order.graceSeconds() >>> 8);
        payload[GRACE_OFFSET + 1] = (byte) order.graceSeconds();
        payload[FORCE_OFFSET] = (byte) (order.isForce() ? 1 : 0);
        int offset = writeText(payload, FIXED_LENGTH, target);
        offset = writeText(payload, offset, issuer);
        writeText(payload, offset, reason);
        return payload;
    }

    /**
     * Reads an order from its canonical bytes.
     *
     * @param payload the canonical bytes of one order
     * @return the order
     * @throws NullPointerException if {@code payload} is null
     * @throws MalformedOrderException if {@code payload} is not the canonical encoding of a
     *     valid order of format version 1
     */
    public static TerminateOrder decode(byte[] payload) throws MalformedOrderException {
        Objects.requireNonNull(payload, "payload");
        PayloadReader reader = new PayloadReader(payload);
        int version = reader.readUnsignedByte("version");
        if (version != TerminateOrder.FORMAT_VERSION) {
            throw new MalformedOrderException("version must be "
                    + TerminateOrder.FORMAT_VERSION + ", but was " + version);
        }
        OrderId orderId = reader.readOrderId();
        long issuedAt = reader.readLong("issuedAt");
        long expiresAt = reader.readLong("expiresAt");
        int graceSeconds = reader.readUnsignedShort("graceSeconds");
        boolean force = reader.readFlag("force");
        String target = reader.readText("targetSessionId", TerminateOrder.MAX_SESSION_ID_CHARS);
        String issuer = reader.readText("issuer", TerminateOrder.MAX_ISSUER_CHARS);
        String reason = reader.readText("reason", TerminateOrder.MAX_REASON_CHARS);
        reader.requireEnd();

        try {
            return TerminateOrder.builder()
                    .orderId(orderId)
                    .issuedAt(Instant.ofEpochMilli(issuedAt))
                    .expiresAt(Instant.ofEpochMilli(expiresAt))
                    .graceSeconds(graceSeconds)
                    .force(force)
                    .targetSessionId(target)
                    .issuer(issuer)
                    .reason(reason)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MalformedOrderException("The payload holds an invalid order: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Returns the order id that a payload claims, without checking anything else, so that a
     * rejected order can still be acknowledged by id. The id is unauthenticated unless the
     * payload's MAC was verified.
     */
    static Optional<OrderId> peekOrderId(byte[] payload) {
        boolean readable = payload.length >= ORDER_ID_OFFSET + OrderId.LENGTH_BYTES
                && payload[0] == TerminateOrder.FORMAT_VERSION;
        return readable
                ? Optional.of(OrderId.read(payload, ORDER_ID_OFFSET))
                : Optional.empty();
    }

    private static int writeText(byte[] payload, int offset, byte[] text) {
        payload[offset] = (byte) (text.length >>> 8);
        payload[offset + 1] = (byte) text.length;
        System.arraycopy(text, 0, payload, offset + TEXT_LENGTH_BYTES, text.length);
        return offset + TEXT_LENGTH_BYTES + text.length;
    }
}
