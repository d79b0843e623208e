package dev.sessioncontrol.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixtures for terminate orders, keys and verifiers, so tests show only what matters. */
final class TestOrders {
    static final Instant ISSUED_AT = Instant.parse("2024-05-01T12:00:00Z");
    static final Instant EXPIRES_AT = ISSUED_AT.plusSeconds(60);
    static final String SESSION_ID = "3F2A9C1B";
    static final String OTHER_SESSION_ID = "77D0E4A2";
    static final OrderId ORDER_ID = OrderId.fromHex("0123456789abcdef0123456789abcdef");
    static final SessionKey KEY = SessionKey.of(
            Bytes.fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
    static final SessionKey OTHER_KEY = SessionKey.of(
            Bytes.fromHex("f0e1d2c3b4a5968778695a4b3c2d1e0f00112233445566778899aabbccddeeff"));

    private TestOrders() {
    }

    /** Returns a builder for a valid order for {@link #SESSION_ID}, issued at ISSUED_AT. */
    static TerminateOrder.Builder anOrder() {
        return TerminateOrder.builder()
                .targetSessionId(SESSION_ID)
                .orderId(ORDER_ID)
                .issuedAt(ISSUED_AT)
                .expiresAt(EXPIRES_AT)
                .graceSeconds(30)
                .force(false)
                .reason("Maintenance at 18:00")
                .issuer("admin");
    }

    static String signed(TerminateOrder.Builder order) {
        return new OrderSigner().sign(order.build(), KEY);
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    /** Returns a builder for a verifier of {@link #SESSION_ID} with {@link #KEY} at ISSUED_AT. */
    static OrderVerifier.Builder aVerifier() {
        return OrderVerifier.builder()
                .sessionId(SESSION_ID)
                .key(KEY)
                .clock(clockAt(ISSUED_AT));
    }
}
