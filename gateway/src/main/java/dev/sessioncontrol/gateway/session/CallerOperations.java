package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import java.time.Clock;
import java.util.Collections;
import java.util.Objects;

/** The session operations performed on behalf of one caller, with that caller's rights. */
public final class CallerOperations implements SessionOperations {
    private final Caller caller;
    private final SessionRegistry registry;
    private final KickPolicy policy;
    private final KickService kickService;
    private final OrderLedger ledger;
    private final Clock clock;

    /**
     * Creates the operations for a caller.
     *
     * @param caller who asks
     * @param registry the gateway's sessions
     * @param policy who may list and kick
     * @param kickService sends the orders
     * @param ledger the order history
     */
    public CallerOperations(Caller caller, SessionRegistry registry, KickPolicy policy,
            KickService kickService, OrderLedger ledger) {
        this(caller, registry, policy, kickService, ledger, Clock.systemUTC());
    }

    /**
     * Creates the operations for a caller.
     *
     * @param caller who asks
     * @param registry the gateway's sessions
     * @param policy who may list and kick
     * @param kickService sends the orders
     * @param ledger the order history
     * @param clock the gateway clock, for uptime and idle times
     */
    public CallerOperations(Caller caller, SessionRegistry registry, KickPolicy policy,
            KickService kickService, OrderLedger ledger, Clock clock) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.kickService = Objects.requireNonNull(kickService, "kickService");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Dataset listSessions(SessionFilter filter) {
        policy.require(caller, "list sessions");
        SessionFilter effective = filter == null ? SessionFilter.all() : filter;
        return ResultTables.sessions(registry.list(effective), caller.sessionId(),
                clock.instant());
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        KickResult result = kickService.kick(caller, sessionId, orDefault(options));
        return ResultTables.outcomes(Collections.singletonList(result));
    }

    @Override
    public Dataset kickUser(String user, KickOptions options, String exceptSessionId) {
        return ResultTables.outcomes(kickService.kickUser(caller, user, orDefault(options),
                exceptSessionId));
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        return ResultTables.outcomes(kickService.kickAll(caller, project, orDefault(options)));
    }

    @Override
    public Dataset history(int limit) {
        policy.require(caller, "read the kick history");
        if (limit < 1) {
            throw new SessionControlException(SessionControlException.Kind.INVALID_ARGUMENT,
                    "limit must be 1 or more, was " + limit);
        }
        return ResultTables.history(ledger.recent(limit));
    }

    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        return ResultTables.outcomes(kickService.kickIdle(caller, idleSeconds,
                unauthenticatedOnly, orDefault(options)));
    }

    @Override
    public boolean isPerspectivePresent() {
        return registry.isPerspectivePresent();
    }

    private static KickOptions orDefault(KickOptions options) {
        return options == null ? KickOptions.builder().build() : options;
    }

    @Override
    public String toString() {
        return "CallerOperations{" + caller + "}";
    }
}
