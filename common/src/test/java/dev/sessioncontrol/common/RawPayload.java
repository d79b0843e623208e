package dev.sessioncontrol.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes payload bytes field by field with {@link DataOutputStream}, independently of
 * {@link OrderCodec}, so that tests can state the layout and build payloads the codec would
 * never write.
 */
final class RawPayload {
    private int version = 1;
    private byte[] orderId;
    private long issuedAtMillis;
    private long expiresAtMillis;
    private int graceSeconds;
    private int force;
    private byte[] targetSessionId;
    private byte[] issuer;
    private byte[] reason;
    private byte[] trailing = new byte[0];

    static RawPayload of(TerminateOrder order) {
        RawPayload raw = new RawPayload();
        raw.orderId = Bytes.fromHex(order.orderId().toHex());
        raw.issuedAtMillis = order.issuedAt().toEpochMilli();
        raw.expiresAtMillis = order.expiresAt().toEpochMilli();
        raw.graceSeconds = order.graceSeconds();
        raw.force = order.isForce() ? 1 : 0;
        raw.targetSessionId = order.targetSessionId().getBytes(UTF_8);
        raw.issuer = order.issuer().getBytes(UTF_8);
        raw.reason = order.reason().getBytes(UTF_8);
        return raw;
    }

    RawPayload version(int value) {
        version = value;
        return this;
    }

    RawPayload issuedAtMillis(long value) {
        issuedAtMillis = value;
        return this;
    }

    RawPayload expiresAtMillis(long value) {
        expiresAtMillis = value;
        return this;
    }

    RawPayload graceSeconds(int value) {
        graceSeconds = value;
        return this;
    }

    RawPayload force(int value) {
        force = value;
        return this;
    }

    RawPayload targetSessionId(byte[] value) {
        targetSessionId = value.clone();
        return this;
    }

    RawPayload issuer(byte[] value) {
        issuer = value.clone();
        return this;
    }

    RawPayload reason(byte[] value) {
        reason = value.clone();
        return this;
    }

    RawPayload trailing(byte[] value) {
        trailing = value.clone();
        return this;
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(version);
            out.write(orderId);
            out.writeLong(issuedAtMillis);
            out.writeLong(expiresAtMillis);
            out.writeShort(graceSeconds);
            out.writeByte(force);
            writeText(out, targetSessionId);
            writeText(out, issuer);
            writeText(out, reason);
            out.write(trailing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeText(DataOutputStream out, byte[] text) throws IOException {
        out.writeShort(text.length);
        out.write(text);
    }
}
