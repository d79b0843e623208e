package dev.sessioncontrol.gateway;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import java.util.function.Supplier;

/**
 * Session operations resolved at each call, because a script manager can be initialized
 * before the hook's {@code setup} has run.
 */
final class LazyOperations implements SessionOperations {
    private final Supplier<SessionOperations> resolve;

    LazyOperations(Supplier<SessionOperations> resolve) {
        this.resolve = resolve;
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
