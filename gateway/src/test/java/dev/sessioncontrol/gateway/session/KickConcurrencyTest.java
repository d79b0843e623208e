package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KickConcurrencyTest {
    private static final int KICKERS = 4;
    private static final int KICKS_PER_KICKER = 150;
    private static final int CHURNERS = 2;
    private static final int CHANGES_PER_CHURNER = 150;
    private static final int FIRST_SESSIONS = 30;
    private static final String[] USERS = {"alice", "Bob", "carol", "dave", "erin"};
    private static final KickOptions OPTIONS = KickOptions.builder().reason("Maintenance")
            .build();

    private final ManualClock clock = new ManualClock();
    private final FakeSessions sessions = new FakeSessions();
    private final OrderLedger ledger = new OrderLedger(1_000_000, clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(KICKERS + CHURNERS);
    private final List<String> churnable = new CopyOnWriteArrayList<>();
    private final PrintStream standardError = System.err;
    private KickService service;

    @BeforeEach
    void wire() {
        silenceLogs();
        service = sessions.kickService(clock).ledger(ledger)
                .rateLimiter(new KickRateLimiter(1_000_000, Duration.ofMinutes(1), clock))
                .build();
        for (int i = 0; i < FIRST_SESSIONS; i++) {
            addSession("first-" + i, i);
        }
    }

    /**
     * Drops log output while the threads run: writing it would take the stream's lock on every
     * order and so line the threads up one behind the other.
     */
    private void silenceLogs() {
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

    /** Adds a session; every seventh is a designer and every fifth never registers. */
    private void addSession(String id, int n) {
        FakeSessions.SessionBuilder builder = n % 7 == 0 ? sessions.designer(id)
                : sessions.client(id);
        builder.user(USERS[n % USERS.length]).project(n % 2 == 0 ? "Plant" : "Office");
        if (n % 5 != 0) {
            builder.registered();
        }
        builder.add();
        churnable.add(id);
    }

    private Callable<List<KickResult>> kicker(int number, Caller caller) {
        return () -> {
            Random random = new Random(number);
            List<KickResult> results = new ArrayList<>();
            for (int i = 0; i < KICKS_PER_KICKER; i++) {
                try {
                    results.addAll(kickSomething(random, caller));
                } catch (SessionControlException expected) {
                    // unknown ids, ended sessions and designers are refused; that is the rule
                }
            }
            return results;
        };
    }

    private List<KickResult> kickSomething(Random random, Caller caller) {
        int choice = random.nextInt(10);
        if (choice < 6) {
            String id = churnable.get(random.nextInt(churnable.size()));
            return Collections.singletonList(service.kick(caller, id, OPTIONS));
        }
        if (choice < 9) {
            String user = USERS[random.nextInt(USERS.length)];
            return service.kickUser(caller, user.toUpperCase(Locale.ROOT), OPTIONS, null);
        }
        return service.kickAll(caller, random.nextBoolean() ? "Plant" : null, OPTIONS);
    }

    private Callable<List<KickResult>> churner(int number) {
        return () -> {
            Random random = new Random(1000 + number);
            for (int i = 0; i < CHANGES_PER_CHURNER; i++) {
                addSession("churn-" + number + "-" + i, random.nextInt(100));
                String leaving = churnable.get(random.nextInt(churnable.size()));
                FakeSession session = sessions.session(leaving);
                if (!session.hasEnded()) {
                    session.end();
                }
            }
            return Collections.emptyList();
        };
    }

    private List<KickResult> runTogether(List<Callable<List<KickResult>>> tasks)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<KickResult>>> futures = new ArrayList<>();
        for (Callable<List<KickResult>> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<KickResult> all = new ArrayList<>();
        for (Future<List<KickResult>> future : futures) {
            all.addAll(future.get(120, TimeUnit.SECONDS));
        }
        return all;
    }

    @Test
    void kicksWhileSessionsComeAndGoStayConsistent() throws Exception {
        List<Callable<List<KickResult>>> tasks = new ArrayList<>();
        for (int k = 0; k < KICKERS; k++) {
            Caller caller = k == 0 ? Caller.gateway()
                    : sessions.client("admin-" + k).user("boss" + k).roles("Administrator")
                            .registered().add().caller();
            tasks.add(kicker(k, caller));
        }
        for (int c = 0; c < CHURNERS; c++) {
            tasks.add(churner(c));
        }

        List<KickResult> results = runTogether(tasks);

        List<KickResult> sent = results.stream().filter(r -> r.outcome() == KickOutcome.SENT)
                .collect(Collectors.toList());
        assertThat(sent).as("some kicks must have been sent").isNotEmpty();
        Map<String, String> sessionOfOrder = new HashMap<>();
        for (KickResult result : sent) {
            String orderId = result.orderId().orElseThrow();
            assertThat(sessionOfOrder.put(orderId, result.sessionId())).as(orderId).isNull();
            List<String> queued = sessions.session(result.sessionId()).orderIds();
            assertThat(Collections.frequency(queued, orderId)).as(orderId).isEqualTo(1);
        }
        assertThat(sessions.notificationCount()).isEqualTo(sent.size());
        long gone = results.stream().filter(r -> r.outcome() == KickOutcome.GONE).count();
        Set<String> recorded = new HashSet<>();
        int settledGone = 0;
        for (OrderEntry entry : ledger.recent(Integer.MAX_VALUE)) {
            if (entry.status() == OrderStatus.GONE) {
                // Recorded first, then its session ended before the order could be queued.
                settledGone++;
                assertThat(sessionOfOrder).doesNotContainKey(entry.orderId());
                continue;
            }
            recorded.add(entry.orderId());
            assertThat(entry.status()).isEqualTo(OrderStatus.SENT);
            assertThat(entry.sessionId()).isEqualTo(sessionOfOrder.get(entry.orderId()));
        }
        assertThat(recorded).isEqualTo(sessionOfOrder.keySet());
        assertThat((long) settledGone).isLessThanOrEqualTo(gone);
        assertThat(ledger.size()).isEqualTo(sent.size() + settledGone);
    }

    @Test
    void anAnswerThatArrivesAsSoonAsTheOrderIsQueuedCounts() {
        ClientReqSession answering = mock(ClientReqSession.class);
        when(answering.getPublicId()).thenReturn("c-quick");
        when(answering.getAttribute(ClientReqSession.SESSION_USERNAME)).thenReturn("alice");
        sessions.keys().issue("c-quick");
        doAnswer(call -> {
            String orderId = FakeSessions.orderIdOf(call.getArgument(2));
            ledger.acknowledge("c-quick", Acknowledgement.exiting(orderId));
            return null;
        }).when(answering).addNotification(anyString(), anyString(), any());
        GatewaySessionManager manager = mock(GatewaySessionManager.class);
        when(manager.findSessions()).thenReturn(List.of(answering));
        KickService quickService = sessions.kickService(clock).ledger(ledger)
                .registry(new SessionRegistry(manager, sessions.keys())).build();

        KickResult result = quickService.kick(Caller.gateway(), "c-quick", OPTIONS);

        assertThat(result.outcome()).isEqualTo(KickOutcome.SENT);
        assertThat(ledger.status(result.orderId().orElseThrow()))
                .contains(OrderStatus.ACKNOWLEDGED);
    }

    @Test
    void aSessionThatRegistersWhileTheSessionsAreListedKeepsItsKey() {
        FakeSession early = sessions.client("c-early").user("alice").registered().add();
        FakeSession late = sessions.client("c-late").user("bob").add();
        List<ClientReqSession> live = new CopyOnWriteArrayList<>(List.of(early));
        GatewaySessionManager manager = mock(GatewaySessionManager.class);
        when(manager.findSessions()).thenAnswer(call -> {
            List<ClientReqSession> snapshot = new ArrayList<>(live);
            if (!live.contains(late)) {
                live.add(late);
                sessions.keys().issue("c-late");
            }
            return snapshot;
        });
        SessionRegistry registry = new SessionRegistry(manager, sessions.keys());

        registry.list(SessionFilter.all());

        assertThat(sessions.keys().contains("c-late")).isTrue();
        assertThat(registry.list(SessionFilter.all())).filteredOn(r -> r.id().equals("c-late"))
                .singleElement().satisfies(r -> assertThat(r.isKickable()).isTrue());
    }
}
