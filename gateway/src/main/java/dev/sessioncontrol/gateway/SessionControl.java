package dev.sessioncontrol.gateway;

import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.gateway.perspective.PerspectiveSessions;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.session.CallerOperations;
import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.session.KickRateLimiter;
import dev.sessioncontrol.gateway.session.KickService;
import dev.sessioncontrol.gateway.session.Lockouts;
import dev.sessioncontrol.gateway.session.OrderFollowUp;
import dev.sessioncontrol.gateway.session.OrderLedger;
import dev.sessioncontrol.gateway.session.SessionKeyStore;
import dev.sessioncontrol.gateway.session.SessionRegistry;
import dev.sessioncontrol.gateway.settings.SessionControlSettings;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The gateway side of Session Control, wired once per module start. */
final class SessionControl {
    private static final Duration ORDER_LIFETIME = Duration.ofMinutes(2);
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);
    private static final long FOLLOW_UP_PERIOD_SECONDS = 5;

    private final SessionKeyStore keys;
    private final SessionRegistry registry;
    private final KickPolicy policy;
    private final OrderLedger ledger;
    private final Lockouts lockouts;
    private final KickService kickService;
    private final OrderFollowUp followUp;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    SessionControl(GatewaySessionManager sessionManager, SessionControlSettings settings,
            Clock clock, SecureRandom random) {
        this(sessionManager, PerspectiveSessions.absent(), settings, clock, random);
    }

    SessionControl(GatewaySessionManager sessionManager, PerspectiveSessions perspective,
            SessionControlSettings settings, Clock clock, SecureRandom random) {
        this.clock = clock;
        this.keys = new SessionKeyStore(random);
        this.registry = new SessionRegistry(sessionManager, keys, perspective, clock);
        this.policy = new KickPolicy(settings.kickRoles());
        this.ledger = new OrderLedger(settings.historySize(), clock);
        this.lockouts = new Lockouts(clock);
        this.kickService = KickService.builder()
                .registry(registry)
                .keys(keys)
                .policy(policy)
                .ledger(ledger)
                .rateLimiter(new KickRateLimiter(settings.maxOrdersPerMinute(), RATE_WINDOW,
                        clock))
                .lockouts(lockouts)
                .perspective(perspective)
                .random(random)
                .clock(clock)
                .orderLifetime(ORDER_LIFETIME)
                .build();
        this.followUp = new OrderFollowUp(ledger, registry, clock,
                Duration.ofSeconds(settings.answerTimeoutSeconds()));
    }

    SessionOperations operationsFor(Caller caller) {
        return new CallerOperations(caller, registry, policy, kickService, ledger, clock);
    }

    synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "session-control-follow-up");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(followUp, FOLLOW_UP_PERIOD_SECONDS,
                FOLLOW_UP_PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        keys.clear();
    }

    SessionKeyStore keys() {
        return keys;
    }

    SessionRegistry registry() {
        return registry;
    }

    OrderLedger ledger() {
        return ledger;
    }

    Lockouts lockouts() {
        return lockouts;
    }

    KickPolicy policy() {
        return policy;
    }

    OrderFollowUp followUp() {
        return followUp;
    }

    Clock clock() {
        return clock;
    }
}
