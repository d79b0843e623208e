package dev.sessioncontrol.sandbox.client;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.model.ClientContext;
import dev.sessioncontrol.client.ClientExit;
import dev.sessioncontrol.client.ClientPlatform;
import dev.sessioncontrol.client.TerminationNotice;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;

/**
 * What the real client hook gets from a simulated client: the long-polling push connection,
 * the HTTP RPC proxy, a console notice, and an exit that ends the process.
 */
final class HttpClientPlatform implements ClientPlatform {
    private final PollingGatewayConnection connection;
    private final SessionControlRpc rpc;
    private final PrintStream out;
    private final boolean vetoUnforcedExit;

    HttpClientPlatform(GatewayLink link, PollingGatewayConnection connection, PrintStream out,
            boolean vetoUnforcedExit) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.rpc = RemoteRpc.over(link);
        this.out = Objects.requireNonNull(out, "out");
        this.vetoUnforcedExit = vetoUnforcedExit;
    }

    @Override
    public GatewayConnection gatewayConnection() {
        return connection;
    }

    @Override
    public SessionControlRpc rpc() {
        return rpc;
    }

    @Override
    public ClientExit exit(ClientContext context) {
        return new ProcessExit(out, vetoUnforcedExit);
    }

    @Override
    public TerminationNotice notice(ClientContext context) {
        return new ConsoleNotice(out);
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }
}
