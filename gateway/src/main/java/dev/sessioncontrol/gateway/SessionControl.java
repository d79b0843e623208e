package dev.sessioncontrol.gateway;

import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.session.CallerOperations;
import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.session.KickService;
import dev.sessioncontrol.gateway.session.OrderLedger;
import dev.sessioncontrol.gateway.session.SessionKeyStore;
import dev.sessioncontrol.gateway.session.SessionRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** The gateway side of Session Control, wired once per module start. */
final class SessionControl {
    private static final Duration ORDER_LIFETIME = Duration.ofMinutes(2);
    private static final int LEDGER_CAPACITY = 1000;

    private final SessionKeyStore keys;
    private final SessionRegistry registry;
    private final KickPolicy policy;
    private final OrderLedger ledger;
    private final KickService kickService;
    private final Clock clock;

    SessionControl(GatewaySessionManager sessionManager, KickPolicy policy, Clock clock,
            SecureRandom random) {
        this.keys = new SessionKeyStore(random);
        this.registry = new SessionRegistry(sessionManager, keys);
        this.policy = policy;
        this.ledger = new OrderLedger(LEDGER_CAPACITY);
        this.clock = clock;
        this.kickService = new KickService(registry, keys, policy, ledger, random, clock,
                ORDER_LIFETIME);
    }

    SessionOperations operationsFor(Caller caller) {
        return new CallerOperations(caller, registry, policy, kickService);
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

    Clock clock() {
        return clock;
    }

    void close() {
        keys.clear();
    }
}
