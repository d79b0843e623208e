package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.model.ClientContext;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.time.Clock;

/**
 * What the client module needs from the program it runs in: the connection that delivers push
 * notifications, the RPC proxy to the gateway, and the ways to show a notice and to exit.
 * {@link VisionPlatform} supplies them in a Vision client or designer.
 */
public interface ClientPlatform {
    /** Returns the connection that delivers the gateway's push notifications. */
    GatewayConnection gatewayConnection();

    /** Returns the RPC proxy to the gateway side of this module. */
    SessionControlRpc rpc();

    /**
     * Returns the way to end this client.
     *
     * @param context the running client
     * @return the exit
     */
    ClientExit exit(ClientContext context);

    /**
     * Returns the way to show the operator a termination notice.
     *
     * @param context the running client
     * @return the notice
     */
    TerminationNotice notice(ClientContext context);

    /** Returns the local clock. */
    Clock clock();
}
