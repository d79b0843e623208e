package dev.sessioncontrol.sandbox.wire;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The push notifications one long poll returns, oldest first, each encoded on its own by
 * {@link WireCodec}; empty when the poll timed out.
 *
 * <p>Each notification travels as its own bytes, so one that the client cannot read costs only
 * itself: the client skips it (and says so) and still receives the others of the batch.
 *
 * @param notifications the encoded notifications
 */
public record PushBatch(List<byte[]> notifications) implements Serializable {
    /** The largest encoded notification sent; a terminate token of the longest kind fits. */
    public static final int MAX_NOTIFICATION_BYTES = 8 * 1024;
    /** The most notifications in one batch, so that a full batch fits in one message. */
    public static final int MAX_NOTIFICATIONS = 100;

    /** Copies the list and its arrays. */
    public PushBatch {
        List<byte[]> copies = new ArrayList<>(notifications.size());
        notifications.forEach(bytes -> copies.add(bytes.clone()));
        notifications = Collections.unmodifiableList(copies);
    }
}
