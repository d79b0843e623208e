package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import java.util.Objects;

/**
 * Session operations of a client or designer: each call goes to the gateway over RPC, where the
 * caller's session is authorized. The proxy is looked up at each call, since the script manager
 * may be set up before the connection is ready.
 */
public final class RpcOperations implements SessionOperations {
    private final ClientPlatform platform;

    /**
     * Creates the operations.
     *
     * @param platform supplies the RPC proxy
     */
    public RpcOperations(ClientPlatform platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    @Override
    public Dataset listSessions(SessionFilter filter) {
        return platform.rpc().listSessions(filter);
    }

    @Override
    public Dataset kick(String sessionId, KickOptions options) {
        return platform.rpc().kick(sessionId, options);
    }

    @Override
    public Dataset kickUser(String user, KickOptions options, String exceptSessionId) {
        return platform.rpc().kickUser(user, options, exceptSessionId);
    }

    @Override
    public Dataset kickAll(String project, KickOptions options) {
        return platform.rpc().kickAll(project, options);
    }

    @Override
    public Dataset history(int limit) {
        return platform.rpc().history(limit);
    }

    @Override
    public Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options) {
        return platform.rpc().kickIdle(idleSeconds, unauthenticatedOnly, options);
    }

    @Override
    public boolean isPerspectivePresent() {
        return platform.rpc().isPerspectivePresent();
    }
}
