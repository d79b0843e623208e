package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import com.inductiveautomation.ignition.common.user.User;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.common.MalformedOrderException;
import dev.sessioncontrol.common.OrderCodec;
import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.Verdict;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.servlet.ServletContext;

/**
 * An in-memory gateway session manager for tests, with builders for the Vision client and
 * designer sessions it holds and the signing keys of those that registered.
 *
 * <pre>
 * FakeSessions sessions = new FakeSessions();
 * FakeSession alice = sessions.client("c-1").user("alice").host("hmi-1").registered().add();
 * KickService service = sessions.kickService(clock).ledger(ledger).build();
 * </pre>
 *
 * <p>A session behaves as the platform's does once it ends: it leaves the manager's list, and
 * reading it or queuing a notification on it throws {@link IllegalStateException}. Broadcasts
 * ({@link #sendNotification}) fail the test: the module must address each session alone.
 */
public final class FakeSessions implements GatewaySessionManager {
    private static final Instant STARTED = Instant.parse("2024-03-01T06:00:00Z");

    private final List<FakeSession> live = new CopyOnWriteArrayList<>();
    private final Map<String, FakeSession> everCreated = new ConcurrentHashMap<>();
    private final SessionKeyStore keys = new SessionKeyStore(new SecureRandom());
    private final SessionRegistry registry = new SessionRegistry(this, keys);

    /** Starts a Vision client session with the given public id. */
    public SessionBuilder client(String publicId) {
        return new SessionBuilder(publicId, false);
    }

    /** Starts a designer session with the given public id. */
    public SessionBuilder designer(String publicId) {
        return new SessionBuilder(publicId, true);
    }

    /** Returns the signing keys of the sessions that registered. */
    public SessionKeyStore keys() {
        return keys;
    }

    /** Returns the registry over these sessions and keys. */
    public SessionRegistry registry() {
        return registry;
    }

    /**
     * Returns a kick service builder wired to these sessions, with the default kick role, a
     * roomy ledger and rate limit, no lockouts yet, and the given clock; override any part.
     */
    public KickService.Builder kickService(Clock clock) {
        return KickService.builder()
                .registry(registry)
                .keys(keys)
                .policy(KickPolicy.defaults())
                .ledger(new OrderLedger(10_000, clock))
                .rateLimiter(new KickRateLimiter(10_000, Duration.ofMinutes(1), clock))
                .lockouts(new Lockouts(clock))
                .random(new SecureRandom())
                .clock(clock)
                .orderLifetime(Duration.ofMinutes(2));
    }

    /** Returns a session by public id, whether or not it has ended. */
    public FakeSession session(String publicId) {
        FakeSession session = everCreated.get(publicId);
        if (session == null) {
            throw new IllegalArgumentException("no fake session has id " + publicId);
        }
        return session;
    }

    /** Returns every session created so far, live or ended. */
    public Collection<FakeSession> everySession() {
        return Collections.unmodifiableCollection(everCreated.values());
    }

    /** Returns how many notifications all sessions received together. */
    public int notificationCount() {
        return everCreated.values().stream().mapToInt(s -> s.notifications().size()).sum();
    }

    @Override
    public ClientReqSession findSession(String id) {
        for (FakeSession session : live) {
            if (session.publicId.equals(id)) {
                return session;
            }
        }
        return null;
    }

    @Override
    public List<ClientReqSession> findSessions() {
        return new ArrayList<>(live);
    }

    @Override
    public List<ClientReqSession> findSessions(int scope) {
        throw new UnsupportedOperationException("the module lists sessions with findSessions()");
    }

    @Override
    public int getSessionCount() {
        return live.size();
    }

    @Override
    public void sendNotification(int scope, String moduleId, String messageType,
            Serializable message) {
        throw new AssertionError("a broadcast to every session was attempted: " + messageType);
    }

    /** Builds one session; {@link #add()} puts it in the manager. */
    public final class SessionBuilder {
        private final String publicId;
        private final boolean designer;
        private String user;
        private String host;
        private String address = "192.0.2.10";
        private String project = "Plant";
        private List<String> roles = Collections.emptyList();
        private boolean registered;

        private SessionBuilder(String publicId, boolean designer) {
            this.publicId = publicId;
            this.designer = designer;
            this.host = "host-" + publicId;
        }

        /** Sets the logged-in user; without one the session is unauthenticated. */
        public SessionBuilder user(String user) {
            this.user = user;
            return this;
        }

        /** Sets the host name the client reports. */
        public SessionBuilder host(String host) {
            this.host = host;
            return this;
        }

        /** Sets the client address the gateway sees. */
        public SessionBuilder address(String address) {
            this.address = address;
            return this;
        }

        /** Sets the project the session runs. */
        public SessionBuilder project(String project) {
            this.project = project;
            return this;
        }

        /** Sets the roles of the logged-in user. */
        public SessionBuilder roles(String... roles) {
            this.roles = Arrays.asList(roles);
            return this;
        }

        /** Marks the session's client module as registered: it holds a signing key. */
        public SessionBuilder registered() {
            this.registered = true;
            return this;
        }

        /** Puts the session in the manager and returns it. */
        public FakeSession add() {
            FakeSession session = new FakeSession(this);
            everCreated.put(publicId, session);
            if (registered) {
                keys.issue(publicId);
            }
            live.add(session);
            return session;
        }
    }

    /** A Vision client or designer session held in memory. */
    public final class FakeSession extends ClientReqSession {
        private final String publicId;
        private final boolean designer;
        private final Map<String, Object> attributes = new ConcurrentHashMap<>();
        private final List<PushNotification> notifications = new ArrayList<>();
        private final AtomicInteger invalidations = new AtomicInteger();
        private boolean ended;

        private FakeSession(SessionBuilder builder) {
            this.publicId = builder.publicId;
            this.designer = builder.designer;
            putIfPresent(SESSION_USERNAME, builder.user);
            putIfPresent(SESSION_REMOTE_HOST, builder.host);
            putIfPresent(SESSION_REMOTE_ADDR, builder.address);
            putIfPresent(SESSION_PROJECT_NAME, builder.project);
            if (builder.user != null) {
                attributes.put(SESSION_USER, new FakeUser(builder.roles));
            }
        }

        private void putIfPresent(String key, String value) {
            if (value != null) {
                attributes.put(key, value);
            }
        }

        /** Returns the caller this session stands for, read as the gateway reads it. */
        public Caller caller() {
            return Caller.of(this);
        }

        /** Ends the session as a client that exits: it leaves the manager. */
        public void end() {
            synchronized (this) {
                ended = true;
            }
            live.remove(this);
        }

        /** Tells whether the session has ended. */
        public synchronized boolean hasEnded() {
            return ended;
        }

        /** Returns how many times the gateway called {@link #invalidate()}. */
        public int invalidations() {
            return invalidations.get();
        }

        /** Returns the notifications queued for this session, oldest first. */
        public synchronized List<PushNotification> notifications() {
            return new ArrayList<>(notifications);
        }

        /** Returns the order ids of the queued terminate tokens, read without checking them. */
        public List<String> orderIds() {
            List<String> ids = new ArrayList<>();
            for (PushNotification notification : notifications()) {
                ids.add(orderIdOf((String) notification.getMessage()));
            }
            return ids;
        }

        /**
         * Returns the verdict this session's client would reach on each queued token, with the
         * key the gateway holds for it now.
         */
        public List<Verdict> verdicts(Clock clock) {
            Optional<SessionKey> key = keys.find(publicId);
            if (!key.isPresent()) {
                throw new AssertionError("session " + publicId + " holds no key");
            }
            OrderVerifier verifier = OrderVerifier.builder().sessionId(publicId).key(key.get())
                    .clock(clock).build();
            List<Verdict> verdicts = new ArrayList<>();
            for (PushNotification notification : notifications()) {
                verdicts.add(verifier.verify((String) notification.getMessage()));
            }
            return verdicts;
        }

        @Override
        public String getPublicId() {
            requireLive();
            return publicId;
        }

        @Override
        public boolean isDesigner() {
            requireLive();
            return designer;
        }

        @Override
        public void addNotification(String moduleId, String messageType, Serializable message) {
            synchronized (this) {
                requireLive();
                notifications.add(new PushNotification(moduleId, messageType, message));
            }
        }

        @Override
        public long getCreationTime() {
            requireLive();
            return STARTED.toEpochMilli();
        }

        @Override
        public String getId() {
            return "servlet-" + publicId;
        }

        @Override
        public long getLastAccessedTime() {
            requireLive();
            return STARTED.plusSeconds(60).toEpochMilli();
        }

        @Override
        public ServletContext getServletContext() {
            throw new UnsupportedOperationException("no servlet context in tests");
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            throw new UnsupportedOperationException("sessions do not time out in tests");
        }

        @Override
        public int getMaxInactiveInterval() {
            return 0;
        }

        @Override
        @Deprecated
        @SuppressWarnings("deprecation")
        public javax.servlet.http.HttpSessionContext getSessionContext() {
            throw new UnsupportedOperationException("deprecated servlet API");
        }

        @Override
        public Object getAttribute(String name) {
            requireLive();
            return attributes.get(name);
        }

        @Override
        @Deprecated
        public Object getValue(String name) {
            return getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            requireLive();
            return Collections.enumeration(new ArrayList<>(attributes.keySet()));
        }

        @Override
        @Deprecated
        public String[] getValueNames() {
            return Collections.list(getAttributeNames()).toArray(new String[0]);
        }

        @Override
        public void setAttribute(String name, Object value) {
            requireLive();
            attributes.put(name, value);
        }

        @Override
        @Deprecated
        public void putValue(String name, Object value) {
            setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            requireLive();
            attributes.remove(name);
        }

        @Override
        @Deprecated
        public void removeValue(String name) {
            removeAttribute(name);
        }

        @Override
        public void invalidate() {
            invalidations.incrementAndGet();
            synchronized (this) {
                requireLive();
                ended = true;
            }
            live.remove(this);
        }

        @Override
        public boolean isNew() {
            return false;
        }

        private synchronized void requireLive() {
            if (ended) {
                throw new IllegalStateException("session " + publicId + " has ended");
            }
        }

        @Override
        public String toString() {
            return "FakeSession{" + publicId + "}";
        }
    }

    /**
     * Reads the order id out of a terminate token without checking its MAC.
     *
     * @param token a token as queued for a session
     * @return the order id in hex
     */
    public static String orderIdOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a terminate token: " + parts.length + " segments");
        }
        try {
            return OrderCodec.decode(Base64.getUrlDecoder().decode(parts[1])).orderId().toHex();
        } catch (MalformedOrderException e) {
            throw new AssertionError("unreadable terminate order", e);
        }
    }

    /** Tells whether a notification carries a terminate order of this module. */
    public static boolean isTerminateOrder(PushNotification notification) {
        return SessionControlModule.MODULE_ID.equals(notification.getModuleId())
                && SessionControlModule.TERMINATE_MESSAGE_TYPE.equals(
                        notification.getMessageType());
    }

    /** A clock that stands still until a test moves it; safe to read from many threads. */
    public static final class ManualClock extends Clock {
        private final AtomicReference<Instant> now;

        /** Creates the clock at a given instant. */
        public ManualClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        /** Creates the clock at a fixed morning in 2024. */
        public ManualClock() {
            this(Instant.parse("2024-03-01T08:00:00Z"));
        }

        /** Moves the clock forward. */
        public void advance(Duration duration) {
            now.updateAndGet(t -> t.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("tests use UTC only");
        }
    }

    private static final class FakeUser implements User {
        private final List<String> roles;

        private FakeUser(List<String> roles) {
            this.roles = Collections.unmodifiableList(new ArrayList<>(roles));
        }

        @Override
        public Collection<String> getRoles() {
            return roles;
        }

        @Override
        public String getProfileName() {
            return "default";
        }
    }
}
