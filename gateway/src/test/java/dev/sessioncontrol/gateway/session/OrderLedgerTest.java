package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.SessionScope;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderLedgerTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrderLedger ledger = new OrderLedger(100, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void sentOrderIsPendingUntilAnswered() {
        String id = send(anOrderFor("S1"));

        assertThat(ledger.status(id)).contains(OrderStatus.SENT);
    }

    @Test
    void exitingAnswerFromTheTargetAcknowledgesTheOrder() {
        String id = send(anOrderFor("S1"));

        boolean applied = ledger.acknowledge("S1", Acknowledgement.exiting(id));

        assertThat(applied).isTrue();
        assertThat(ledger.status(id)).contains(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void rejectionFromTheTargetMarksTheOrderRejectedWithItsReason() {
        String id = send(anOrderFor("S1"));

        ledger.acknowledge("S1", Acknowledgement.rejected(id, "EXPIRED"));

        assertThat(ledger.status(id)).contains(OrderStatus.REJECTED);
        assertThat(ledger.recent(1).get(0).detail()).isEqualTo("EXPIRED");
    }

    @Test
    void answerFromAnotherSessionIsIgnored() {
        String id = send(anOrderFor("S1"));

        boolean applied = ledger.acknowledge("S2", Acknowledgement.rejected(id, "BAD_SIGNATURE"));

        assertThat(applied).isFalse();
        assertThat(ledger.status(id)).contains(OrderStatus.SENT);
    }

    @Test
    void targetCanStillAnswerAfterAnotherSessionTried() {
        String id = send(anOrderFor("S1"));
        ledger.acknowledge("S2", Acknowledgement.exiting(id));

        ledger.acknowledge("S1", Acknowledgement.exiting(id));

        assertThat(ledger.status(id)).contains(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void laterRejectionDoesNotUndoAnAcknowledgement() {
        String id = send(anOrderFor("S1"));
        ledger.acknowledge("S1", Acknowledgement.exiting(id));

        boolean applied = ledger.acknowledge("S1", Acknowledgement.rejected(id, "REPLAYED"));

        assertThat(applied).isFalse();
        assertThat(ledger.status(id)).contains(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void answerWithoutAnOrderIdIsIgnored() {
        String id = send(anOrderFor("S1"));

        boolean applied = ledger.acknowledge("S1", Acknowledgement.rejected(null, "MALFORMED"));

        assertThat(applied).isFalse();
        assertThat(ledger.status(id)).contains(OrderStatus.SENT);
    }

    @Test
    void answerToAnUnknownOrderIsIgnored() {
        boolean applied = ledger.acknowledge("S1",
                Acknowledgement.exiting(OrderId.random(RANDOM).toHex()));

        assertThat(applied).isFalse();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void capacityBoundDropsTheOldestOrdersFirst() {
        OrderLedger small = new OrderLedger(3, Clock.fixed(NOW, ZoneOffset.UTC));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TerminateOrder order = anOrderFor("S" + i);
            small.recordSent(order, targetOf(order));
            ids.add(order.orderId().toHex());
        }

        assertThat(small.size()).isEqualTo(3);
        assertThat(small.status(ids.get(0))).isEmpty();
        assertThat(small.status(ids.get(1))).isEmpty();
        assertThat(ids.subList(2, 5)).allSatisfy(
                id -> assertThat(small.status(id)).contains(OrderStatus.SENT));
    }

    @Test
    void capacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new OrderLedger(0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    @Test
    void recentListsNewestFirstUpToTheLimit() {
        String first = send(anOrderFor("S1"));
        String second = send(anOrderFor("S2"));
        String third = send(anOrderFor("S3"));

        assertThat(ledger.recent(2)).extracting(OrderEntry::orderId)
                .containsExactly(third, second);
        assertThat(ledger.recent(10)).extracting(OrderEntry::orderId)
                .containsExactly(third, second, first);
    }

    @Test
    void entryRecordsWhoKickedWhomAndWhy() {
        TerminateOrder order = anOrderFor("S1");
        ledger.recordSent(order, targetOf(order));

        OrderEntry entry = ledger.recent(1).get(0);

        assertThat(entry.issuer()).isEqualTo("maria");
        assertThat(entry.sessionId()).isEqualTo("S1");
        assertThat(entry.user()).isEqualTo("user-S1");
        assertThat(entry.host()).isEqualTo("host-S1");
        assertThat(entry.reason()).isEqualTo("Shift change");
        assertThat(entry.graceSeconds()).isEqualTo(30);
        assertThat(entry.issued()).isEqualTo(NOW);
    }

    @Test
    void settleEndsOnlyAPendingOrder() {
        String pending = send(anOrderFor("S1"));
        String answered = send(anOrderFor("S2"));
        ledger.acknowledge("S2", Acknowledgement.exiting(answered));

        assertThat(ledger.settle(pending, OrderStatus.NO_ANSWER, "invalidated")).isTrue();
        assertThat(ledger.settle(answered, OrderStatus.GONE, "ended")).isFalse();

        assertThat(ledger.status(pending)).contains(OrderStatus.NO_ANSWER);
        assertThat(ledger.status(answered)).contains(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void everyChangeReachesTheListenersEvenIfOneFails() {
        List<OrderStatus> heard = new ArrayList<>();
        ledger.addListener(entry -> {
            throw new IllegalStateException("listener broken");
        });
        ledger.addListener(entry -> heard.add(entry.status()));

        String id = send(anOrderFor("S1"));
        ledger.acknowledge("S1", Acknowledgement.exiting(id));

        assertThat(heard).containsExactly(OrderStatus.SENT, OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void pendingSinceListsUnansweredOrdersIssuedBeforeTheCutOff() {
        String unanswered = send(anOrderFor("S1"));
        String answered = send(anOrderFor("S2"));
        ledger.acknowledge("S2", Acknowledgement.exiting(answered));

        assertThat(ledger.pendingSince(NOW.plusSeconds(1))).extracting(OrderEntry::orderId)
                .containsExactly(unanswered);
        assertThat(ledger.pendingSince(NOW)).isEmpty();
    }

    private String send(TerminateOrder order) {
        ledger.recordSent(order, targetOf(order));
        return order.orderId().toHex();
    }

    private static TerminateOrder anOrderFor(String sessionId) {
        return TerminateOrder.builder()
                .targetSessionId(sessionId)
                .orderId(OrderId.random(RANDOM))
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(2)))
                .graceSeconds(30)
                .reason("Shift change")
                .issuer("maria")
                .build();
    }

    private static SessionRecord targetOf(TerminateOrder order) {
        String id = order.targetSessionId();
        return new SessionRecord(id, "user-" + id, "host-" + id, "192.0.2.10", "Plant",
                SessionScope.CLIENT, NOW.minusSeconds(3600), NOW, true);
    }
}
