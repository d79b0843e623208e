package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderSigner;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kicks a session: checks the caller's right, finds the session and its key, signs a terminate
 * order for that session alone, records it, and queues it as a push notification to that one
 * session.
 *
 * <p>Unknown ids and sessions without a registered client module are refused with a
 * {@link SessionControlException} that says what to do; they are expected, so they are logged
 * at INFO without a stack trace.
 */
public final class KickService {
    private static final Logger log = LoggerFactory.getLogger(KickService.class);
    private static final int MAX_SHOWN_ID_CHARS = 64;

    private final SessionRegistry registry;
    private final SessionKeyStore keys;
    private final KickPolicy policy;
    private final OrderLedger ledger;
    private final OrderSigner signer = new OrderSigner();
    private final SecureRandom random;
    private final Clock clock;
    private final Duration orderLifetime;

    /**
     * Creates the service.
     *
     * @param registry the gateway's sessions
     * @param keys the registered signing keys
     * @param policy who may kick
     * @param ledger where sent orders are recorded
     * @param random the source of order ids
     * @param clock the gateway clock
     * @param orderLifetime how long an order stays valid for delivery
     */
    public KickService(SessionRegistry registry, SessionKeyStore keys, KickPolicy policy,
            OrderLedger ledger, SecureRandom random, Clock clock, Duration orderLifetime) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.orderLifetime = Objects.requireNonNull(orderLifetime, "orderLifetime");
    }

    /**
     * Orders one session to end.
     *
     * @param caller who asks
     * @param sessionId the target's public id
     * @param options reason, grace time and force
     * @return the outcome, with the order id
     * @throws SessionControlException if the caller may not kick, the id is unknown, or the
     *     session cannot receive an order
     */
    public KickResult kick(Caller caller, String sessionId, KickOptions options) {
        policy.require(caller, "kick sessions");
        String id = requireId(sessionId);
        ClientReqSession session = registry.find(id)
                .orElseThrow(() -> refuse(Kind.NOT_FOUND, caller, id, "No session has id '"
                        + shown(id) + "'; take an id from system.sessions.list()"));
        SessionRecord target = registry.read(session)
                .orElseThrow(() -> refuse(Kind.NOT_FOUND, caller, id, "Session '" + shown(id)
                        + "' ended before the order could be sent"));
        SessionKey key = keys.find(id)
                .orElseThrow(() -> refuse(Kind.NOT_KICKABLE, caller, id, "Session '" + id
                        + "' (user " + target.user() + ") cannot be kicked: the Session Control"
                        + " module has not registered in it. Check that the module is installed"
                        + " and the client was restarted after installing it."));

        TerminateOrder order = orderFor(caller, target, options);
        String token = signer.sign(order, key);
        ledger.recordSent(order);
        session.addNotification(SessionControlModule.MODULE_ID,
                SessionControlModule.TERMINATE_MESSAGE_TYPE, token);

        log.info("Terminate order {} queued for session {} (user {}, host {}) by {}: grace {}s,"
                + " force {}, reason '{}'", order.orderId(), id, target.user(), target.host(),
                caller.name(), options.graceSeconds(), options.isForce(), options.reason());
        return new KickResult(id, target.user(), KickOutcome.SENT,
                "Terminate order queued; the client exits after " + options.graceSeconds()
                + " s", order.orderId().toHex());
    }

    private TerminateOrder orderFor(Caller caller, SessionRecord target, KickOptions options) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return TerminateOrder.builder()
                .targetSessionId(target.id())
                .orderId(OrderId.random(random))
                .issuedAt(now)
                .expiresAt(now.plus(orderLifetime))
                .graceSeconds(options.graceSeconds())
                .force(options.isForce())
                .reason(options.reason())
                .issuer(issuerName(caller))
                .build();
    }

    private static String issuerName(Caller caller) {
        String name = caller.name();
        return name.length() > TerminateOrder.MAX_ISSUER_CHARS
                ? name.substring(0, TerminateOrder.MAX_ISSUER_CHARS) : name;
    }

    private static String requireId(String sessionId) {
        if (sessionId == null || sessionId.trim().isEmpty()) {
            throw new SessionControlException(Kind.INVALID_ARGUMENT,
                    "A session id is required; take one from system.sessions.list()");
        }
        return sessionId.trim();
    }

    private static SessionControlException refuse(Kind kind, Caller caller, String id,
            String message) {
        log.info("Kick of session '{}' by {} refused: {}", shown(id), caller.name(), kind);
        return new SessionControlException(kind, message);
    }

    /** Returns an id safe to echo: control characters replaced, length bounded. */
    static String shown(String id) {
        StringBuilder out = new StringBuilder();
        id.codePoints().limit(MAX_SHOWN_ID_CHARS).forEach(c ->
                out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return id.codePointCount(0, id.length()) > MAX_SHOWN_ID_CHARS ? out + "..." : out.toString();
    }
}
