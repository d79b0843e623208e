package com.inductiveautomation.ignition.client.gateway_interface;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import java.util.EventListener;

/**
 * Stand-in for the Ignition 8.1 listener of push notifications in clients and designers.
 *
 * <p>Checked against the 8.1.5 page of DesignerGatewayConnection, which implements both
 * PushNotificationListener and java.util.EventListener:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.5/com/inductiveautomation/ignition/designer/DesignerGatewayConnection.html
 * and the 7.8.4 package summary listing it as an interface:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition784rc1/com/inductiveautomation/ignition/client/gateway_interface/package-summary.html
 */
public interface PushNotificationListener extends EventListener {
    /**
     * Receives one notification pushed by the gateway.
     *
     * @param notification the notification
     */
    void receiveNotification(PushNotification notification);
}
