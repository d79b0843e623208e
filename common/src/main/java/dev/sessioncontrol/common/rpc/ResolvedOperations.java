package dev.sessioncontrol.common.rpc;

import com.inductiveautomation.ignition.common.Dataset;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Session operations looked up again at each call and passed on. A script manager can be set
 * up before what serves the calls is ready: before the gateway hook's {@code setup}, or before
 * a client's RPC connection exists; this defers the lookup to the call itself.
 */
public final class ResolvedOperations implements SessionOperations {
    private final Supplier<? extends SessionOperations> resolve;

    /**
     * Creates the operations.
     *
     * @param resolve returns the operations that serve a call; called once per call
     */
    public ResolvedOperations(Supplier<? extends SessionOperations> resolve) {
        this.resolve = Objects.requireNonNull(resolve, "resolve");
    }

    @Override
    public Dataset listSessions(SessionFilter filter) {
        return resolve.get().listSessions(filter);
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        return resolve.get().kick(sessionId, options);
    }

    @Override
    public Dataset kickUser(String user, KickOptions options, String exceptSessionId) {
        return resolve.get().kickUser(user, options, exceptSessionId);
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        return resolve.get().kickAll(project, options);
    }

    @Override
    public Dataset history(int limit) {
        return resolve.get().history(limit);
    }

    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        return resolve.get().kickIdle(idleSeconds, unauthenticatedOnly, options);
    }

    @Override
    public boolean isPerspectivePresent() {
        return resolve.get().isPerspectivePresent();
    }
}
