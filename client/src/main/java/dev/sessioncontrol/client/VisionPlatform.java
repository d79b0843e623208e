package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnectionManager;
import com.inductiveautomation.ignition.client.gateway_interface.ModuleRPCFactory;
import com.inductiveautomation.ignition.client.model.ClientContext;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.time.Clock;

/** The platform of a real Vision client or designer: Ignition's connection, RPC and exit. */
public final class VisionPlatform implements ClientPlatform {
    @Override
    public GatewayConnection gatewayConnection() {
        return GatewayConnectionManager.getInstance();
    }

    @Override
    public SessionControlRpc rpc() {
        return ModuleRPCFactory.create(SessionControlModule.MODULE_ID, SessionControlRpc.class);
    }

    @Override
    public ClientExit exit(ClientContext context) {
        return new VisionClientExit(context.getScriptManager());
    }

    @Override
    public TerminationNotice notice(ClientContext context) {
        return new SwingCountdownNotice();
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }
}
