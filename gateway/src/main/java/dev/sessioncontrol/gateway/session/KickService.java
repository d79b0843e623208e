package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.OrderSigner;
import dev.sessioncontrol.common.PrintableText;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.gateway.perspective.PerspectiveSessions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kicks sessions: checks the caller's right, picks the targets, signs a terminate order for
 * each Vision client or designer alone, records it, and queues it as a push notification to
 * that one session; Perspective sessions are closed by the gateway with the reason, and
 * recorded the same way.
 *
 * <p>Rules, for every entry point: the caller needs a kick role (gateway scripts always may);
 * the caller's own session is skipped unless the options include it; designers are skipped
 * unless the options include them; a session whose client module never registered cannot be
 * kicked; orders count against the caller's rate limit, a bulk kick whole or not at all. Each
 * target gets a result, so nothing is fire-and-forget.
 *
 * <p>A single {@link #kick} of an unknown id, a designer or an unregistered session raises a
 * {@link SessionControlException} saying what to do; bulk kicks report those as rows. Such
 * refusals are expected, so they are logged at INFO without a stack trace.
 */
public final class KickService {
    private static final Logger log = LoggerFactory.getLogger(KickService.class);
    private static final int MAX_SHOWN_CHARS = 64;
    private static final String UNNAMED_ISSUER = "(unnamed user)";
    private static final String DEFAULT_PERSPECTIVE_MESSAGE =
            "An administrator has ended this session.";

    private final SessionRegistry registry;
    private final SessionKeyStore keys;
    private final KickPolicy policy;
    private final OrderLedger ledger;
    private final KickRateLimiter rateLimiter;
    private final Lockouts lockouts;
    private final PerspectiveSessions perspective;
    private final OrderSigner signer = new OrderSigner();
    private final SecureRandom random;
    private final Clock clock;
    private final Duration orderLifetime;

    private KickService(Builder builder) {
        this.registry = Objects.requireNonNull(builder.registry, "registry");
        this.keys = Objects.requireNonNull(builder.keys, "keys");
        this.policy = Objects.requireNonNull(builder.policy, "policy");
        this.ledger = Objects.requireNonNull(builder.ledger, "ledger");
        this.rateLimiter = Objects.requireNonNull(builder.rateLimiter, "rateLimiter");
        this.lockouts = Objects.requireNonNull(builder.lockouts, "lockouts");
        this.perspective = Objects.requireNonNull(builder.perspective, "perspective");
        this.random = Objects.requireNonNull(builder.random, "random");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.orderLifetime = Objects.requireNonNull(builder.orderLifetime, "orderLifetime");
    }

    /** Returns a builder; every part is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Orders one session to end.
     *
     * @param caller who asks
     * @param sessionId the target's public id
     * @param options reason, grace time and the other choices
     * @return the outcome: sent, skipped as self, or gone
     * @throws SessionControlException if the caller may not kick, the id is blank or unknown,
     *     the session is a designer and designers are not included, or its client module never
     *     registered; also when the caller is over the rate limit
     */
    public KickResult kick(Caller caller, String sessionId, KickOptions options) {
        policy.require(caller, "kick sessions");
        String id = requireId(sessionId);
        Optional<ClientReqSession> found = registry.find(id);
        if (!found.isPresent()) {
            SessionRecord perspectiveTarget = registry.findPerspective(id).orElseThrow(() ->
                    refuse(Kind.NOT_FOUND, caller, id, "No session has id '" + shown(id)
                    + "'; take an id from system.sessions.list()"));
            return kickAdmitted(caller, perspectiveTarget, options, true);
        }
        ClientReqSession session = found.get();
        Optional<SessionRecord> target = registry.read(session);
        if (!target.isPresent()) {
            throw refuse(Kind.NOT_FOUND, caller, id, "Session '" + shown(id) + "' ended"
                    + " before the order could be sent");
        }
        Optional<KickResult> refusal = screen(caller, target.get(), options);
        if (refusal.isPresent() && refusal.get().outcome() == KickOutcome.NOT_KICKABLE) {
            throw refuse(Kind.NOT_KICKABLE, caller, id, refusal.get().detail());
        }
        if (refusal.isPresent()) {
            return refusal.get();
        }
        admit(caller, 1);
        return send(caller, session, target.get(), options);
    }

    private KickResult kickAdmitted(Caller caller, SessionRecord target, KickOptions options,
            boolean single) {
        Optional<KickResult> refusal = screen(caller, target, options);
        if (refusal.isPresent() && single
                && refusal.get().outcome() == KickOutcome.NOT_KICKABLE) {
            throw refuse(Kind.NOT_KICKABLE, caller, target.id(), refusal.get().detail());
        }
        if (refusal.isPresent()) {
            return refusal.get();
        }
        admit(caller, 1);
        return close(caller, target, options);
    }

    /**
     * Orders every session silent for at least a given time to end, with the rules above;
     * sessions heard from more recently are left alone.
     *
     * @param caller who asks
     * @param idleSeconds the least time since the last contact, 1 or more
     * @param unauthenticatedOnly true to consider only sessions without a logged-in user
     * @param options reason, grace time and the other choices
     * @return one result per idle session considered
     * @throws SessionControlException if the caller may not kick, idleSeconds is below 1, or
     *     the caller is over the rate limit (then nothing is sent)
     */
    public List<KickResult> kickIdle(Caller caller, int idleSeconds, boolean unauthenticatedOnly,
            KickOptions options) {
        policy.require(caller, "kick sessions");
        if (idleSeconds < 1) {
            throw new SessionControlException(Kind.INVALID_ARGUMENT, "idleSeconds must be 1 or"
                    + " more, was " + idleSeconds);
        }
        Instant silentSince = clock.instant().minusSeconds(idleSeconds);
        List<SessionRecord> targets = new ArrayList<>();
        for (SessionRecord record : registry.list(SessionFilter.all())) {
            boolean idle = !record.lastContact().isAfter(silentSince);
            boolean anonymous = SessionRecord.UNAUTHENTICATED.equals(record.user());
            if (idle && (anonymous || !unauthenticatedOnly)) {
                targets.add(record);
            }
        }
        return kickEach(caller, targets, options);
    }

    /**
     * Orders every session of one user to end, with the rules above; one result per session.
     *
     * @param caller who asks
     * @param user the user name, compared without regard to case
     * @param options reason, grace time and the other choices
     * @param exceptSessionId a session to leave alone, or null
     * @return one result per session of that user
     * @throws SessionControlException if the caller may not kick, the user is blank, or the
     *     caller is over the rate limit (then nothing is sent)
     */
    public List<KickResult> kickUser(Caller caller, String user, KickOptions options,
            String exceptSessionId) {
        policy.require(caller, "kick sessions");
        String name = requireUserName(user);
        List<SessionRecord> targets = new ArrayList<>();
        for (SessionRecord record : registry.list(SessionFilter.of(name, null, null))) {
            if (!record.id().equals(exceptSessionId)) {
                targets.add(record);
            }
        }
        return kickEach(caller, targets, options);
    }

    /**
     * Orders every session, or every session of a project, to end, with the rules above.
     *
     * @param caller who asks
     * @param project a project name, or null for all
     * @param options reason, grace time and the other choices
     * @return one result per session considered
     * @throws SessionControlException if the caller may not kick or is over the rate limit
     *     (then nothing is sent)
     */
    public List<KickResult> kickAll(Caller caller, String project, KickOptions options) {
        policy.require(caller, "kick sessions");
        return kickEach(caller, registry.list(SessionFilter.of(null, project, null)), options);
    }

    private List<KickResult> kickEach(Caller caller, List<SessionRecord> targets,
            KickOptions options) {
        List<KickResult> results = new ArrayList<>();
        List<SessionRecord> admitted = new ArrayList<>();
        for (SessionRecord target : targets) {
            Optional<KickResult> refusal = screen(caller, target, options);
            if (refusal.isPresent()) {
                results.add(refusal.get());
            } else {
                admitted.add(target);
            }
        }
        admit(caller, admitted.size());
        for (SessionRecord target : admitted) {
            if (target.isPerspective()) {
                results.add(close(caller, target, options));
                continue;
            }
            Optional<ClientReqSession> session = registry.find(target.id());
            results.add(session.isPresent()
                    ? send(caller, session.get(), target, options)
                    : gone(target));
        }
        return results;
    }

    private Optional<KickResult> screen(Caller caller, SessionRecord target,
            KickOptions options) {
        if (caller.sessionId().map(target.id()::equals).orElse(false)
                && !options.isIncludeSelf()) {
            return Optional.of(result(target, KickOutcome.SKIPPED_SELF, "This is your own"
                    + " session; pass includeSelf=True to end it too"));
        }
        if (target.scope() == SessionScope.DESIGNER && !options.isIncludeDesigners()) {
            return Optional.of(result(target, KickOutcome.NOT_KICKABLE, "Session '"
                    + target.id() + "' is a designer, which may hold resource locks and unsaved"
                    + " work; pass includeDesigners=True to end it"));
        }
        if (!target.isPerspective() && !keys.contains(target.id())) {
            return Optional.of(result(target, KickOutcome.NOT_KICKABLE, "Session '"
                    + target.id() + "' (user " + target.user() + ") cannot be kicked: the"
                    + " Session Control module has not registered in it. Check that the module"
                    + " is installed and the client was restarted after installing it."));
        }
        return Optional.empty();
    }

    private void admit(Caller caller, int orders) {
        String callerKey = caller.name() + "@" + caller.sessionId().orElse("gateway");
        if (!rateLimiter.tryAcquire(callerKey, orders)) {
            log.info("Kick by {} refused: over the limit of {} orders per {} s",
                    PrintableText.of(caller.name(), MAX_SHOWN_CHARS),
                    rateLimiter.maxOrders(), rateLimiter.window().getSeconds());
            throw new SessionControlException(Kind.RATE_LIMITED, "Too many kicks: at most "
                    + rateLimiter.maxOrders() + " orders per " + rateLimiter.window().getSeconds()
                    + " s per caller, and this call needs " + orders + ". Nothing was sent; try"
                    + " again in a minute.");
        }
    }

    private KickResult send(Caller caller, ClientReqSession session, SessionRecord target,
            KickOptions options) {
        Optional<SessionKey> key = keys.find(target.id());
        if (!key.isPresent()) {
            return gone(target);
        }
        TerminateOrder order;
        try {
            order = orderFor(caller, target, options);
        } catch (IllegalArgumentException unusable) {
            // Only the platform's own session id can fail here (the rest is checked already);
            // one odd session must not stop a bulk kick half-way.
            return result(target, KickOutcome.NOT_KICKABLE, "Session '" + shown(target.id())
                    + "' has an id that an order cannot carry");
        }
        String token = signer.sign(order, key.get());
        // Recorded before it is queued: the client may answer as soon as it polls, and its
        // answer must find the order pending.
        ledger.recordSent(order, target);
        try {
            session.addNotification(SessionControlModule.MODULE_ID,
                    SessionControlModule.TERMINATE_MESSAGE_TYPE, token);
        } catch (IllegalStateException invalidated) {
            ledger.settle(order.orderId().toHex(), OrderStatus.GONE,
                    "session ended before the order was queued");
            return gone(target);
        }
        if (options.lockoutMinutes() > 0) {
            lockouts.lock(target.user(), target.host(),
                    Duration.ofMinutes(options.lockoutMinutes()), order.reason());
        }
        return new KickResult(target.id(), target.user(), KickOutcome.SENT,
                "Terminate order queued; the client exits " + options.graceSeconds()
                + " s after it receives it", order.orderId().toHex());
    }

    private KickResult close(Caller caller, SessionRecord target, KickOptions options) {
        String message = options.reason().isEmpty() ? DEFAULT_PERSPECTIVE_MESSAGE
                : options.reason();
        if (!perspective.close(target.id(), message)) {
            return result(target, KickOutcome.NOT_KICKABLE, "Perspective did not close session '"
                    + target.id() + "'; see the gateway log");
        }
        String orderId = OrderId.random(random).toHex();
        ledger.recordClosed(orderId, clock.instant().truncatedTo(ChronoUnit.MILLIS),
                issuerName(caller), target, message);
        if (options.lockoutMinutes() > 0) {
            lockouts.lock(target.user(), target.host(),
                    Duration.ofMinutes(options.lockoutMinutes()), message);
        }
        return new KickResult(target.id(), target.user(), KickOutcome.CLOSED,
                "Perspective session closed; its user sees the reason", orderId);
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

    private static KickResult gone(SessionRecord target) {
        return result(target, KickOutcome.GONE, "Session ended before the order was sent");
    }

    private static KickResult result(SessionRecord target, KickOutcome outcome, String detail) {
        return new KickResult(target.id(), target.user(), outcome, detail, null);
    }

    /** Session ids are matched exactly: nothing is trimmed, so no character can be hidden. */
    private static String requireId(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            throw new SessionControlException(Kind.INVALID_ARGUMENT, "A session id is required;"
                    + " take one from system.sessions.list()");
        }
        return sessionId;
    }

    private static String requireUserName(String user) {
        if (user == null || user.isBlank()) {
            throw new SessionControlException(Kind.INVALID_ARGUMENT, "A user name is required"
                    + " for kickUser");
        }
        return user.strip();
    }

    private static SessionControlException refuse(Kind kind, Caller caller, String id,
            String message) {
        log.info("Kick of session '{}' by {} refused: {}", shown(id),
                PrintableText.of(caller.name(), MAX_SHOWN_CHARS), kind);
        return new SessionControlException(kind, message);
    }

    /**
     * Returns the caller's name as an order can carry it: hidden characters escaped, at most
     * the issuer limit long, never blank. So a strange user name never makes an order fail
     * half-way through a bulk kick.
     */
    static String issuerName(Caller caller) {
        String printable = PrintableText.of(caller.name().strip(),
                TerminateOrder.MAX_ISSUER_CHARS);
        int end = Math.min(printable.length(), TerminateOrder.MAX_ISSUER_CHARS);
        if (end < printable.length() && Character.isHighSurrogate(printable.charAt(end - 1))) {
            end--;
        }
        String issuer = printable.substring(0, end).strip();
        return issuer.isEmpty() ? UNNAMED_ISSUER : issuer;
    }

    /** Returns an id safe to echo in messages and logs: hidden characters masked, bounded. */
    static String shown(String id) {
        return PrintableText.masked(id, MAX_SHOWN_CHARS);
    }

    /** Collects the parts of a kick service. */
    public static final class Builder {
        private SessionRegistry registry;
        private SessionKeyStore keys;
        private KickPolicy policy;
        private OrderLedger ledger;
        private KickRateLimiter rateLimiter;
        private Lockouts lockouts;
        private PerspectiveSessions perspective = PerspectiveSessions.absent();
        private SecureRandom random;
        private Clock clock;
        private Duration orderLifetime;

        private Builder() {
        }

        /** @param registry the gateway's sessions @return this builder */
        public Builder registry(SessionRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** @param keys the registered signing keys @return this builder */
        public Builder keys(SessionKeyStore keys) {
            this.keys = keys;
            return this;
        }

        /** @param policy who may kick @return this builder */
        public Builder policy(KickPolicy policy) {
            this.policy = policy;
            return this;
        }

        /** @param ledger where sent orders are recorded @return this builder */
        public Builder ledger(OrderLedger ledger) {
            this.ledger = ledger;
            return this;
        }

        /** @param rateLimiter bounds orders per caller @return this builder */
        public Builder rateLimiter(KickRateLimiter rateLimiter) {
            this.rateLimiter = rateLimiter;
            return this;
        }

        /** @param lockouts users and hosts refused after a kick @return this builder */
        public Builder lockouts(Lockouts lockouts) {
            this.lockouts = lockouts;
            return this;
        }

        /**
         * @param perspective the gateway's Perspective sessions; absent by default
         * @return this builder
         */
        public Builder perspective(PerspectiveSessions perspective) {
            this.perspective = perspective;
            return this;
        }

        /** @param random the source of order ids @return this builder */
        public Builder random(SecureRandom random) {
            this.random = random;
            return this;
        }

        /** @param clock the gateway clock @return this builder */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @param orderLifetime how long an order stays valid for delivery @return this */
        public Builder orderLifetime(Duration orderLifetime) {
            this.orderLifetime = orderLifetime;
            return this;
        }

        /**
         * Returns the service.
         *
         * @return the service
         * @throws NullPointerException naming the first missing part
         */
        public KickService build() {
            return new KickService(this);
        }
    }
}
