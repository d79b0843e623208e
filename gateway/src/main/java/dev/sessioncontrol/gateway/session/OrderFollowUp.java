package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles orders that got no answer: once the answer timeout has passed since an order was
 * issued without an acknowledgement, a session that has ended is recorded as gone, and one that
 * is still there is invalidated on the gateway, as a fallback, and recorded as no answer.
 * The grace time does not extend the timeout: a client answers as soon as it receives the
 * order, before its countdown. Run it periodically.
 */
public final class OrderFollowUp implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(OrderFollowUp.class);

    private final OrderLedger ledger;
    private final SessionRegistry registry;
    private final Clock clock;
    private final Duration answerTimeout;

    /**
     * Creates the follow-up.
     *
     * @param ledger the orders
     * @param registry the gateway's sessions
     * @param clock the gateway clock
     * @param answerTimeout how long after issue a client has to answer
     */
    public OrderFollowUp(OrderLedger ledger, SessionRegistry registry, Clock clock,
            Duration answerTimeout) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.answerTimeout = Objects.requireNonNull(answerTimeout, "answerTimeout");
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        for (OrderEntry entry : ledger.pendingSince(now.minus(answerTimeout))) {
            settle(entry);
        }
    }

    private void settle(OrderEntry entry) {
        Optional<ClientReqSession> session = registry.find(entry.sessionId());
        if (!session.isPresent()) {
            ledger.settle(entry.orderId(), OrderStatus.GONE, "session ended without answering");
            return;
        }
        try {
            session.get().invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            ledger.settle(entry.orderId(), OrderStatus.GONE, "session ended without answering");
            return;
        }
        ledger.settle(entry.orderId(), OrderStatus.NO_ANSWER, "no answer within "
                + answerTimeout.getSeconds() + " s; session invalidated on the gateway");
        log.warn("Session {} did not answer order {}; invalidated on the gateway",
                entry.sessionId(), entry.orderId());
    }
}
