package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.servlet.ServletContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Vision client or designer session of the sandbox gateway, as Ignition keeps it: an HTTP
 * session with Ignition's attributes, a short public id, a secret servlet id that the client
 * presents as its credential, and a queue of push notifications that the client drains by long
 * polling.
 *
 * <p>As the servlet API requires, reading an invalidated session's attributes or times throws
 * {@link IllegalStateException}; its ids stay readable.
 *
 * <p>Security note: the secret id is a credential; {@link #toString()} and logs show only the
 * public id.
 */
public final class SandboxSession extends ClientReqSession {
    /** The most notifications kept for a client that does not poll; older ones are dropped. */
    public static final int MAX_QUEUED_NOTIFICATIONS = 256;

    private static final Logger log = LoggerFactory.getLogger(SandboxSession.class);

    private final String publicId;
    private final String secretId;
    private final boolean designer;
    private final Clock clock;
    private final long creationTime;
    private final Consumer<SandboxSession> onInvalidate;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Deque<PushNotification> queue = new ArrayDeque<>();
    private volatile long lastAccessedTime;
    private volatile boolean valid = true;
    private volatile int maxInactiveSeconds;

    SandboxSession(String publicId, String secretId, boolean designer, Clock clock,
            Consumer<SandboxSession> onInvalidate) {
        this.publicId = Objects.requireNonNull(publicId, "publicId");
        this.secretId = Objects.requireNonNull(secretId, "secretId");
        this.designer = designer;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.onInvalidate = Objects.requireNonNull(onInvalidate, "onInvalidate");
        this.creationTime = clock.millis();
        this.lastAccessedTime = creationTime;
    }

    @Override
    public String getPublicId() {
        return publicId;
    }

    @Override
    public boolean isDesigner() {
        return designer;
    }

    /**
     * Queues a push notification for this session's client. A notification for an ended
     * session is dropped, as the platform drops it.
     */
    @Override
    public synchronized void addNotification(String moduleId, String messageType,
            Serializable message) {
        if (!valid) {
            log.debug("Notification {}/{} for ended session {} dropped", moduleId, messageType,
                    publicId);
            return;
        }
        if (queue.size() >= MAX_QUEUED_NOTIFICATIONS) {
            queue.removeFirst();
            log.warn("Session {} does not poll; its oldest notification was dropped", publicId);
        }
        queue.addLast(new PushNotification(moduleId, messageType, message));
        notifyAll();
    }

    /**
     * Takes the queued notifications, waiting up to the given time for the first one. The
     * session counts as accessed, as a client's poll does.
     *
     * @param wait the longest time to wait when nothing is queued
     * @return the notifications, oldest first; empty if none came or the session ended
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public List<PushNotification> awaitNotifications(Duration wait)
            throws InterruptedException {
        return awaitNotifications(wait, Integer.MAX_VALUE);
    }

    /**
     * Takes at most {@code max} queued notifications, oldest first, waiting up to the given
     * time for the first one; the rest stay queued for the next call. The session counts as
     * accessed, as a client's poll does.
     *
     * @param wait the longest time to wait when nothing is queued
     * @param max the most notifications taken
     * @return the notifications, oldest first; empty if none came or the session ended
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public synchronized List<PushNotification> awaitNotifications(Duration wait, int max)
            throws InterruptedException {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        touch();
        long deadline = System.nanoTime() + wait.toNanos();
        while (valid && queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        List<PushNotification> taken = new ArrayList<>();
        while (!queue.isEmpty() && taken.size() < max) {
            taken.add(queue.removeFirst());
        }
        if (valid) {
            touch();
        }
        return taken;
    }

    /** Records that the client was heard from now. */
    public void touch() {
        lastAccessedTime = clock.millis();
    }

    /** Tells whether the session is still live. */
    public boolean isValid() {
        return valid;
    }

    /** Returns the secret id the client presents as its credential. */
    public String secretId() {
        return secretId;
    }

    @Override
    public String getId() {
        return secretId;
    }

    @Override
    public long getCreationTime() {
        requireValid();
        return creationTime;
    }

    @Override
    public long getLastAccessedTime() {
        requireValid();
        return lastAccessedTime;
    }

    @Override
    public ServletContext getServletContext() {
        return null;
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveSeconds = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveSeconds;
    }

    @Override
    @Deprecated
    public javax.servlet.http.HttpSessionContext getSessionContext() {
        return null;
    }

    @Override
    public Object getAttribute(String name) {
        requireValid();
        return attributes.get(name);
    }

    @Override
    @Deprecated
    public Object getValue(String name) {
        return getAttribute(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        requireValid();
        return Collections.enumeration(new ArrayList<>(attributes.keySet()));
    }

    @Override
    @Deprecated
    public String[] getValueNames() {
        requireValid();
        return attributes.keySet().toArray(new String[0]);
    }

    @Override
    public void setAttribute(String name, Object value) {
        requireValid();
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    @Deprecated
    public void putValue(String name, Object value) {
        setAttribute(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        requireValid();
        attributes.remove(name);
    }

    @Override
    @Deprecated
    public void removeValue(String name) {
        removeAttribute(name);
    }

    /** Ends the session: its attributes and queued notifications are dropped, pollers wake. */
    @Override
    public void invalidate() {
        synchronized (this) {
            requireValid();
            valid = false;
            attributes.clear();
            queue.clear();
            notifyAll();
        }
        onInvalidate.accept(this);
    }

    @Override
    public boolean isNew() {
        requireValid();
        return false;
    }

    @Override
    public String toString() {
        return "SandboxSession{" + publicId + (valid ? "" : ", ended") + "}";
    }

    private void requireValid() {
        if (!valid) {
            throw new IllegalStateException("Session " + publicId + " has ended");
        }
    }
}
