package dev.sessioncontrol.client;

import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderSigner;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import java.security.SecureRandom;
import java.time.Instant;

/** Terminate orders and their tokens, so tests show only what matters to them. */
final class Orders {
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    static final String SESSION_ID = "3F2A9C1B";
    static final String OTHER_SESSION_ID = "77D0E4A2";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Orders() {
    }

    /** Returns a builder for a fresh valid order for {@link #SESSION_ID}, issued at NOW. */
    static TerminateOrder.Builder anOrder() {
        return anOrderIssuedAt(NOW);
    }

    /** Returns a builder for a fresh order for {@link #SESSION_ID} valid for two minutes. */
    static TerminateOrder.Builder anOrderIssuedAt(Instant issuedAt) {
        return TerminateOrder.builder()
                .targetSessionId(SESSION_ID)
                .orderId(OrderId.random(RANDOM))
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(120))
                .graceSeconds(30)
                .force(false)
                .reason("Maintenance at 18:00")
                .issuer("maria");
    }

    /** Returns a new random session key. */
    static SessionKey aKey() {
        return SessionKey.generate(RANDOM);
    }

    /** Returns the token of an order signed with a key. */
    static String signed(TerminateOrder order, SessionKey key) {
        return new OrderSigner().sign(order, key);
    }
}
