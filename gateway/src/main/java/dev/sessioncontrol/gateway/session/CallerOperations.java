package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import java.util.Collections;
import java.util.Objects;

/** The session operations performed on behalf of one caller, with that caller's rights. */
public final class CallerOperations implements SessionOperations {
    private final Caller caller;
    private final SessionRegistry registry;
    private final KickPolicy policy;
    private final KickService kickService;

    /**
     * Creates the operations for a caller.
     *
     * @param caller who asks
     * @param registry the gateway's sessions
     * @param policy who may list and kick
     * @param kickService sends the orders
     */
    public CallerOperations(Caller caller, SessionRegistry registry, KickPolicy policy,
            KickService kickService) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.kickService = Objects.requireNonNull(kickService, "kickService");
    }

    @Override
    public Dataset listSessions(SessionFilter filter) {
        policy.require(caller, "list sessions");
        SessionFilter effective = filter == null ? SessionFilter.all() : filter;
        return ResultTables.sessions(registry.list(effective), caller.sessionId());
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        KickOptions effective = options == null ? KickOptions.builder().build() : options;
        KickResult result = kickService.kick(caller, sessionId, effective);
        return ResultTables.outcomes(Collections.singletonList(result));
    }

    @Override
    public String toString() {
        return "CallerOperations{" + caller + "}";
    }
}
