package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.io.OutputStream;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderLedgerConcurrencyTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ManualClock clock = new ManualClock();

    private TerminateOrder orderFor(String sessionId) {
        Instant now = clock.instant();
        return TerminateOrder.builder().targetSessionId(sessionId)
                .orderId(OrderId.random(RANDOM)).issuedAt(now).expiresAt(now.plusSeconds(120))
                .reason("Shift change").issuer("boss").build();
    }

    private static SessionRecord recordOf(String sessionId) {
        Instant started = Instant.parse("2024-03-01T06:00:00Z");
        return new SessionRecord(sessionId, "user-" + sessionId, "host-" + sessionId, "",
                "Plant", SessionScope.CLIENT, started, started, true);
    }

    private String send(OrderLedger ledger, String sessionId) {
        TerminateOrder order = orderFor(sessionId);
        ledger.recordSent(order, recordOf(sessionId));
        return order.orderId().toHex();
    }

    @Nested
    class History {
        private final OrderLedger ledger = new OrderLedger(3, clock);

        @Test
        void listsOrdersNewestFirst() {
            String first = send(ledger, "c-1");
            clock.advance(Duration.ofSeconds(1));
            String second = send(ledger, "c-2");
            clock.advance(Duration.ofSeconds(1));
            String third = send(ledger, "c-3");

            List<OrderEntry> recent = ledger.recent(10);

            assertThat(recent).extracting(OrderEntry::orderId)
                    .containsExactly(third, second, first);
        }

        @Test
        void keepsOnlyTheMostRecentOrdersUpToItsCapacity() {
            String first = send(ledger, "c-1");
            String second = send(ledger, "c-2");
            String third = send(ledger, "c-3");
            String fourth = send(ledger, "c-4");

            assertThat(ledger.size()).isEqualTo(3);
            assertThat(ledger.recent(10)).extracting(OrderEntry::orderId)
                    .containsExactly(fourth, third, second);
            assertThat(ledger.status(first)).isEmpty();
        }

        @Test
        void aStatusChangeKeepsTheOrdersPlaceInTheHistory() {
            String first = send(ledger, "c-1");
            String second = send(ledger, "c-2");

            ledger.acknowledge("c-1", Acknowledgement.exiting(first));

            assertThat(ledger.recent(10)).extracting(OrderEntry::orderId)
                    .containsExactly(second, first);
        }

        @Test
        void recordsTheAcknowledgementWithItsTime() {
            String orderId = send(ledger, "c-1");
            clock.advance(Duration.ofSeconds(3));

            boolean counted = ledger.acknowledge("c-1", Acknowledgement.exiting(orderId));

            assertThat(counted).isTrue();
            OrderEntry entry = ledger.recent(1).get(0);
            assertThat(entry.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
            assertThat(entry.updated()).isEqualTo(entry.issued().plusSeconds(3));
        }

        @Test
        void ignoresAnAcknowledgementAfterSettlement() {
            String orderId = send(ledger, "c-1");
            ledger.settle(orderId, OrderStatus.NO_ANSWER, "invalidated");

            boolean counted = ledger.acknowledge("c-1", Acknowledgement.exiting(orderId));

            assertThat(counted).isFalse();
            assertThat(ledger.status(orderId)).contains(OrderStatus.NO_ANSWER);
        }

        @Test
        void ignoresAnAcknowledgementFromAnotherSession() {
            String orderId = send(ledger, "c-1");

            boolean counted = ledger.acknowledge("c-2", Acknowledgement.exiting(orderId));

            assertThat(counted).isFalse();
            assertThat(ledger.status(orderId)).contains(OrderStatus.SENT);
        }

        @Test
        void recordsARejectionWithItsReason() {
            String orderId = send(ledger, "c-1");

            ledger.acknowledge("c-1", Acknowledgement.rejected(orderId, "EXPIRED"));

            OrderEntry entry = ledger.recent(1).get(0);
            assertThat(entry.status()).isEqualTo(OrderStatus.REJECTED);
            assertThat(entry.detail()).isEqualTo("EXPIRED");
        }

        @Test
        void aRejectionBeforeTheMacIsProvenLeavesTheClaimedOrderPending() {
            String orderId = send(ledger, "c-1");

            ledger.acknowledge("c-1", Acknowledgement.rejected(orderId, "BAD_SIGNATURE"));
            ledger.acknowledge("c-1", Acknowledgement.rejected(orderId, "MALFORMED"));

            assertThat(ledger.status(orderId)).contains(OrderStatus.SENT);
            assertThat(ledger.acknowledge("c-1", Acknowledgement.exiting(orderId))).isTrue();
            assertThat(ledger.status(orderId)).contains(OrderStatus.ACKNOWLEDGED);
        }
    }

    @Nested
    class ManyThreads {
        private static final int THREADS = 8;
        private static final int ORDERS_PER_THREAD = 3000;

        private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        private final PrintStream standardError = System.err;

        /**
         * Drops log output while the threads run: writing it would take the stream's lock on
         * every order and so line the threads up one behind the other.
         */
        @BeforeEach
        void silenceLogs() {
            System.setErr(new PrintStream(OutputStream.nullOutputStream()) {
                @Override
                public void println(String line) {
                }

                @Override
                public void flush() {
                }
            });
        }

        @AfterEach
        void stopThreads() throws InterruptedException {
            System.setErr(standardError);
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        }

        /** The status each order should end in, chosen by its place in its thread's run. */
        private OrderStatus expectedStatus(int index) {
            switch (index % 3) {
                case 0:
                    return OrderStatus.ACKNOWLEDGED;
                case 1:
                    return OrderStatus.REJECTED;
                default:
                    return OrderStatus.SENT;
            }
        }

        @Test
        void recordingAndAcknowledgingAtOnceLosesNoEntry() throws Exception {
            OrderLedger ledger = new OrderLedger(THREADS * ORDERS_PER_THREAD, clock);
            AtomicInteger changesHeard = new AtomicInteger();
            ledger.addListener(entry -> changesHeard.incrementAndGet());
            Map<String, OrderStatus> expected = new ConcurrentHashMap<>();
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(() -> {
                    int acknowledged = 0;
                    for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                        String sessionId = "c-" + thread + "-" + i;
                        String orderId = send(ledger, sessionId);
                        OrderStatus status = expectedStatus(i);
                        expected.put(orderId, status);
                        if (status == OrderStatus.ACKNOWLEDGED) {
                            acknowledged += ledger.acknowledge(sessionId,
                                    Acknowledgement.exiting(orderId)) ? 1 : 0;
                        } else if (status == OrderStatus.REJECTED) {
                            acknowledged += ledger.acknowledge(sessionId,
                                    Acknowledgement.rejected(orderId, "EXPIRED")) ? 1 : 0;
                        }
                    }
                    return acknowledged;
                });
            }

            int acknowledged = runTogether(workers).stream().mapToInt(Integer::intValue).sum();

            assertThat(ledger.size()).isEqualTo(THREADS * ORDERS_PER_THREAD);
            assertThat(expected).hasSize(THREADS * ORDERS_PER_THREAD);
            for (Map.Entry<String, OrderStatus> order : expected.entrySet()) {
                assertThat(ledger.status(order.getKey())).as(order.getKey())
                        .contains(order.getValue());
            }
            long answered = expected.values().stream().filter(s -> !s.isPending()).count();
            assertThat(acknowledged).isEqualTo(answered);
            assertThat(changesHeard.get()).isEqualTo(THREADS * ORDERS_PER_THREAD + answered);
        }

        @Test
        void anAnswerAndASettlementRacingForOneOrderLetExactlyOneWin() throws Exception {
            OrderLedger ledger = new OrderLedger(THREADS * ORDERS_PER_THREAD, clock);
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                orderIds.add(send(ledger, "c-" + i));
            }
            List<Callable<Integer>> racers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean answering = t % 2 == 0;
                racers.add(() -> {
                    int wins = 0;
                    for (int i = 0; i < orderIds.size(); i++) {
                        String orderId = orderIds.get(i);
                        boolean won = answering
                                ? ledger.acknowledge("c-" + i, Acknowledgement.exiting(orderId))
                                : ledger.settle(orderId, OrderStatus.NO_ANSWER, "invalidated");
                        wins += won ? 1 : 0;
                    }
                    return wins;
                });
            }

            int wins = runTogether(racers).stream().mapToInt(Integer::intValue).sum();

            assertThat(wins).isEqualTo(ORDERS_PER_THREAD);
            for (String orderId : orderIds) {
                assertThat(ledger.status(orderId)).hasValueSatisfying(s -> assertThat(s)
                        .isIn(OrderStatus.ACKNOWLEDGED, OrderStatus.NO_ANSWER));
            }
        }
    }
}
