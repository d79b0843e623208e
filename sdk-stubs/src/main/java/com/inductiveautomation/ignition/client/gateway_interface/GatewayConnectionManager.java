package com.inductiveautomation.ignition.client.gateway_interface;

/**
 * Stand-in for the Ignition 8.1 holder of the client's gateway connection.
 *
 * <p>Checked against the 7.8.4 page (public class, public no-argument constructor,
 * {@code static GatewayConnection getInstance()}); no 8.1 page of this type is published in
 * the stored javadoc:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/client/gateway_interface/GatewayConnectionManager.html
 * The 8.1 SDK guide calls {@code GatewayConnectionManager.getInstance()
 * .addPushNotificationListener(...)}:
 * https://www.sdk-docs.inductiveautomation.com/docs/programming-for-the-designer/gateway-to-client-communication-push-notification/
 */
public class GatewayConnectionManager {
    /** Creates the manager; the platform owns the only meaningful instance. */
    public GatewayConnectionManager() {
    }

    /**
     * Returns the shared connection of this client or designer to its gateway.
     *
     * @return the shared gateway connection
     */
    public static GatewayConnection getInstance() {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
