package dev.sessioncontrol.sandbox.gateway;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.sandbox.wire.MessageTooLargeException;
import dev.sessioncontrol.sandbox.wire.PushBatch;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs a session's notifications into a {@link PushBatch}, encoding each on its own: one that
 * cannot be encoded, or is larger than {@value PushBatch#MAX_NOTIFICATION_BYTES} bytes, is
 * skipped with a warning that names its type and size, never its content, and the others of
 * the batch are still delivered.
 */
final class NotificationPacker {
    private static final Logger log = LoggerFactory.getLogger(NotificationPacker.class);

    private NotificationPacker() {
    }

    /**
     * Returns the batch of the notifications that can be sent.
     *
     * @param sessionId the receiving session's public id, for the log
     * @param notifications the notifications, oldest first
     * @return the batch
     */
    static PushBatch pack(String sessionId, List<PushNotification> notifications) {
        List<byte[]> encoded = new ArrayList<>(notifications.size());
        for (PushNotification notification : notifications) {
            encode(sessionId, notification).ifPresent(encoded::add);
        }
        return new PushBatch(encoded);
    }

    private static Optional<byte[]> encode(String sessionId, PushNotification notification) {
        byte[] bytes;
        try {
            bytes = WireCodec.encode(notification);
        } catch (MessageTooLargeException tooLarge) {
            return skipLarge(sessionId, notification, tooLarge.size());
        } catch (IllegalArgumentException unencodable) {
            log.warn("A {}/{} notification for session {} (a {}) cannot be encoded; skipped, the"
                    + " others are delivered", notification.getModuleId(),
                    notification.getMessageType(), sessionId, typeOf(notification));
            return Optional.empty();
        }
        if (bytes.length > PushBatch.MAX_NOTIFICATION_BYTES) {
            return skipLarge(sessionId, notification, bytes.length);
        }
        return Optional.of(bytes);
    }

    private static Optional<byte[]> skipLarge(String sessionId, PushNotification notification,
            int size) {
        log.warn("A {}/{} notification for session {} (a {}) takes {} bytes, over the {} a"
                + " notification may take; skipped, the others are delivered",
                notification.getModuleId(), notification.getMessageType(), sessionId,
                typeOf(notification), size, PushBatch.MAX_NOTIFICATION_BYTES);
        return Optional.empty();
    }

    private static String typeOf(PushNotification notification) {
        Object message = notification.getMessage();
        return message == null ? "null" : message.getClass().getName();
    }
}
