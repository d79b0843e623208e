package com.inductiveautomation.ignition.client.gateway_interface;

/**
 * Stand-in for the Ignition 8.1 client-side connection to the gateway (the members this module
 * uses).
 *
 * <p>Checked against the 7.8.4 page (no 8.1 page of this type is published in the stored
 * javadoc):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/client/gateway_interface/GatewayConnection.html
 * The 8.1.5 page of DesignerGatewayConnection shows that GatewayConnection is still an
 * interface in 8.1:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.5/com/inductiveautomation/ignition/designer/DesignerGatewayConnection.html
 * and the 8.1 SDK guide registers listeners through it:
 * https://www.sdk-docs.inductiveautomation.com/docs/programming-for-the-designer/gateway-to-client-communication-push-notification/
 */
public interface GatewayConnection {
    /**
     * Registers a listener that receives every push notification sent to this client.
     *
     * @param listener the listener to add
     */
    void addPushNotificationListener(PushNotificationListener listener);

    /**
     * Removes a listener added with {@link #addPushNotificationListener}.
     *
     * @param listener the listener to remove
     */
    void removePushNotificationListener(PushNotificationListener listener);
}
