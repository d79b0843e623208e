package dev.sessioncontrol.sandbox.client;

import com.inductiveautomation.ignition.client.gateway_interface.GatewayConnection;
import com.inductiveautomation.ignition.client.gateway_interface.PushNotificationListener;
import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.sandbox.wire.PushBatch;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's push channel: one thread long-polls the gateway and hands each notification to
 * every registered listener, as a Vision client's gateway connection does. Polling is also what
 * keeps the session alive on the gateway.
 *
 * <p>When the gateway no longer knows the session, or cannot be reached for
 * {@link #GIVE_UP_AFTER}, polling stops and the connection reports it as lost.
 */
final class PollingGatewayConnection implements GatewayConnection {
    /** How long the gateway may stay unreachable before the connection counts as lost. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(PollingGatewayConnection.class);
    private static final long RETRY_MILLIS = 500;

    private final GatewayLink link;
    private final Consumer<String> onLost;
    private final List<PushNotificationListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    /**
     * Creates the connection; polling starts with {@link #start()}.
     *
     * @param link the session's connection to the gateway
     * @param onLost called once, with the reason, when the session or the gateway is gone
     */
    PollingGatewayConnection(GatewayLink link, Consumer<String> onLost) {
        this.link = Objects.requireNonNull(link, "link");
        this.onLost = Objects.requireNonNull(onLost, "onLost");
        this.poller = new Thread(this::pollUntilStopped, "push-poller");
        this.poller.setDaemon(true);
    }

    /** Starts polling. */
    void start() {
        poller.start();
    }

    /** Stops polling. */
    void stop() {
        running = false;
        poller.interrupt();
    }

    @Override
    public void addPushNotificationListener(PushNotificationListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removePushNotificationListener(PushNotificationListener listener) {
        listeners.remove(listener);
    }

    private void pollUntilStopped() {
        long failingSince = 0;
        while (running) {
            try {
                PushBatch batch = link.poll();
                failingSince = 0;
                readable(batch).forEach(this::deliver);
            } catch (GatewayLink.SessionEndedException e) {
                lost("the gateway ended this session");
                return;
            } catch (GatewayLink.UnreadableReplyException e) {
                log.warn("A push batch from the gateway could not be read and was skipped: {}",
                        e.getMessage());
            } catch (IOException e) {
                if (!running) {
                    return;
                }
                long now = System.nanoTime();
                failingSince = failingSince == 0 ? now : failingSince;
                if (now - failingSince > GIVE_UP_AFTER.toNanos()) {
                    lost("the gateway has been unreachable for " + GIVE_UP_AFTER.toSeconds()
                            + " s (" + e.getMessage() + ")");
                    return;
                }
                pause();
            }
        }
    }

    /**
     * Decodes the notifications of a batch, each on its own: one that cannot be read is
     * skipped with a warning (its size and why, not its bytes), and the others are kept.
     *
     * @param batch the batch
     * @return the readable notifications, oldest first
     */
    static List<PushNotification> readable(PushBatch batch) {
        List<PushNotification> notifications = new ArrayList<>();
        for (byte[] encoded : batch.notifications()) {
            try {
                notifications.add(WireCodec.decode(new ByteArrayInputStream(encoded),
                        PushNotification.class));
            } catch (IOException e) {
                log.warn("A push notification of {} bytes could not be read and was skipped;"
                        + " the others of its batch are delivered: {}", encoded.length,
                        e.getMessage());
            }
        }
        return notifications;
    }

    private void deliver(PushNotification notification) {
        for (PushNotificationListener listener : listeners) {
            try {
                listener.receiveNotification(notification);
            } catch (RuntimeException e) {
                log.error("A push listener failed on a {}/{} notification",
                        notification.getModuleId(), notification.getMessageType(), e);
            }
        }
    }

    private void lost(String reason) {
        if (running) {
            running = false;
            onLost.accept(reason);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
