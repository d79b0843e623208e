package dev.sessioncontrol.client;

import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.RejectReason;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.Verdict;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on terminate tokens pushed to this session: verifies each one, answers the gateway, and
 * for a valid order shows the notice and exits after the grace time.
 *
 * <p>A refused token changes nothing: it is logged at WARN with its reason, acknowledged as
 * rejected, and the client keeps running. Only the first valid order starts the countdown; a
 * later one is acknowledged but cannot shorten or cancel it.
 */
public final class TerminateHandler {
    /** Shown when an order carries no reason. */
    static final String DEFAULT_REASON = "An administrator has ended this session.";

    private static final Logger log = LoggerFactory.getLogger(TerminateHandler.class);

    private final String sessionId;
    private final OrderVerifier verifier;
    private final SessionControlRpc gateway;
    private final TerminationNotice notice;
    private final ClientExit exit;
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean terminating = new AtomicBoolean();

    /**
     * Creates the handler.
     *
     * @param sessionId this session's public id, for logs
     * @param verifier checks tokens against this session's key
     * @param gateway where acknowledgements go
     * @param notice shows the reason and the countdown
     * @param exit ends the client
     * @param scheduler runs the exit when the grace time is over
     */
    public TerminateHandler(String sessionId, OrderVerifier verifier, SessionControlRpc gateway,
            TerminationNotice notice, ClientExit exit, ScheduledExecutorService scheduler) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.exit = Objects.requireNonNull(exit, "exit");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /**
     * Handles one pushed token.
     *
     * @param token the token as received; any value, including hostile ones
     */
    public void handle(String token) {
        Verdict verdict = verifier.verify(token);
        if (!verdict.isAccepted()) {
            reject(verdict);
            return;
        }
        TerminateOrder order = verdict.order();
        acknowledge(Acknowledgement.exiting(order.orderId().toHex()));
        if (!terminating.compareAndSet(false, true)) {
            log.info("Terminate order {} for session {} accepted; already ending",
                    order.orderId(), sessionId);
            return;
        }
        log.info("Terminate order {} for session {} accepted: issued by {}, exit in {} s,"
                + " force {}", order.orderId(), sessionId, order.issuer(), order.graceSeconds(),
                order.isForce());
        String reason = order.reason().trim().isEmpty() ? DEFAULT_REASON : order.reason();
        notice.show(reason, order.issuer(), order.graceSeconds());
        scheduler.schedule(() -> runExit(order), order.graceSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Handles a push message of this module's terminate type that is not a token at all.
     *
     * @param description what arrived instead, for the log (type name, never the content)
     */
    public void handleUnreadable(String description) {
        log.warn("Terminate message for session {} rejected: {} ({})", sessionId,
                RejectReason.MALFORMED, description);
        acknowledge(Acknowledgement.rejected(null, RejectReason.MALFORMED.name()));
    }

    private void runExit(TerminateOrder order) {
        exit.exit(order.isForce());
        if (!order.isForce()) {
            // An unforced exit may be vetoed by the shutdown-intercept script; if the client is
            // still here, a later order (a forced one) must be able to end it.
            terminating.set(false);
        }
    }

    /** Tells whether a valid order has started this client's countdown. */
    public boolean isTerminating() {
        return terminating.get();
    }

    private void reject(Verdict verdict) {
        RejectReason reason = verdict.rejectReason().orElse(RejectReason.MALFORMED);
        String claimed = verdict.claimedOrderId().map(OrderId::toHex).orElse(null);
        log.warn("Terminate order {} for session {} rejected: {}",
                claimed == null ? "(unreadable)" : claimed, sessionId, reason);
        acknowledge(Acknowledgement.rejected(claimed, reason.name()));
    }

    private void acknowledge(Acknowledgement acknowledgement) {
        try {
            gateway.acknowledge(acknowledgement);
        } catch (RuntimeException e) {
            // The answer is a courtesy to the gateway; failing to send it must not stop the exit.
            log.warn("Could not acknowledge to the gateway for session {}: {}", sessionId,
                    e.toString());
        }
    }
}
