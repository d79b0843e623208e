package dev.sessioncontrol.sandbox.wire;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The push notifications one long poll returns, oldest first; empty when the poll timed out.
 *
 * @param notifications the notifications
 */
public record PushBatch(List<PushNotification> notifications) implements Serializable {
    /** Copies the list. */
    public PushBatch {
        notifications = Collections.unmodifiableList(new ArrayList<>(notifications));
    }
}
