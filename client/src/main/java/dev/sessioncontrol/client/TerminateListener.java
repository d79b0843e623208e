package dev.sessioncontrol.client;

import com.inductiveautomation.ignition.client.gateway_interface.PushNotificationListener;
import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.common.SessionControlModule;
import java.util.Objects;

/**
 * Picks this module's terminate messages out of the client's push notifications and hands them
 * to the {@link TerminateHandler}. It filters by itself rather than relying on a platform base
 * class, so the same code runs wherever push notifications come from.
 */
final class TerminateListener implements PushNotificationListener {
    private final TerminateHandler handler;

    TerminateListener(TerminateHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    @Override
    public void receiveNotification(PushNotification notification) {
        if (notification == null
                || !SessionControlModule.MODULE_ID.equals(notification.getModuleId())
                || !SessionControlModule.TERMINATE_MESSAGE_TYPE.equals(
                        notification.getMessageType())) {
            return;
        }
        Object message = messageOf(notification);
        if (message instanceof String) {
            handler.handle((String) message);
        } else {
            handler.handleUnreadable(message == null ? "no message"
                    : "a " + message.getClass().getName() + " instead of a token");
        }
    }

    /**
     * Reads the message by name rather than by a linked signature: the platform's declared
     * return type of {@code getMessage()} (Object or Serializable) is not part of the published
     * javadoc, and a compiled call with the other return type would fail to link.
     */
    private static Object messageOf(PushNotification notification) {
        try {
            return PushNotification.class.getMethod("getMessage").invoke(notification);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
