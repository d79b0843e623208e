package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.model.ApplicationScope;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox gateway's sessions, in memory: opened at login, ended at logout, invalidation or
 * expiry, and listed to the module exactly as Ignition's session manager lists them.
 *
 * <p>Each session gets a public id like Ignition's (eight hex digits, shown in listings) and a
 * separate 256-bit secret id that only its client knows.
 */
public final class SandboxSessionManager implements GatewaySessionManager {
    /** The most sessions the sandbox holds at once. */
    public static final int MAX_SESSIONS = 200;

    private static final Logger log = LoggerFactory.getLogger(SandboxSessionManager.class);
    private static final int PUBLIC_ID_BYTES = 4;
    private static final int SECRET_ID_BYTES = 32;

    private final Map<String, SandboxSession> bySecret = new ConcurrentHashMap<>();
    private final Map<String, SandboxSession> byPublicId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final SecureRandom random;

    /**
     * Creates an empty manager.
     *
     * @param clock the gateway clock, for creation and access times
     * @param random the source of session ids
     */
    public SandboxSessionManager(Clock clock, SecureRandom random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Opens a session for a client that logged in.
     *
     * @param identity who logs in
     * @param remoteAddress the client's address as the connection shows it
     * @return the new session
     * @throws IllegalStateException if {@value #MAX_SESSIONS} sessions are open already
     */
    public synchronized SandboxSession open(ClientIdentity identity, String remoteAddress) {
        if (byPublicId.size() >= MAX_SESSIONS) {
            throw new IllegalStateException("The sandbox holds " + MAX_SESSIONS
                    + " sessions already; log some out first");
        }
        String publicId = newPublicId();
        String secretId = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(randomBytes(SECRET_ID_BYTES));
        SandboxSession session = new SandboxSession(publicId, secretId, identity.designer(),
                clock, this::forget);
        session.setAttribute(ClientReqSession.SESSION_USERNAME, identity.user());
        session.setAttribute(ClientReqSession.SESSION_USER,
                new SandboxUser(identity.user(), identity.roles()));
        session.setAttribute(ClientReqSession.SESSION_PROJECT_NAME, identity.project());
        session.setAttribute(ClientReqSession.SESSION_REMOTE_ADDR, remoteAddress);
        session.setAttribute(ClientReqSession.SESSION_REMOTE_HOST, identity.host());
        session.setAttribute(ClientReqSession.SESSION_IS_DESIGNER, identity.designer());
        byPublicId.put(publicId, session);
        bySecret.put(secretId, session);
        log.info("Session {} opened: user {}, host {}, project {}, {}", publicId, identity.user(),
                identity.host(), identity.project(), identity.designer() ? "designer" : "client");
        return session;
    }

    /**
     * Finds a live session by the secret id its client presents.
     *
     * @param secretId the credential
     * @return the session, or empty if none has it
     */
    public Optional<SandboxSession> findBySecret(String secretId) {
        return secretId == null ? Optional.empty() : Optional.ofNullable(bySecret.get(secretId));
    }

    /**
     * Finds a live session by its public id.
     *
     * @param publicId the id listings show
     * @return the session, or empty if none has it
     */
    public Optional<SandboxSession> findByPublicId(String publicId) {
        return publicId == null ? Optional.empty()
                : Optional.ofNullable(byPublicId.get(publicId));
    }

    /** Returns the live sessions. */
    public List<SandboxSession> sessions() {
        return new ArrayList<>(byPublicId.values());
    }

    /**
     * Ends the sessions whose clients have not been heard from within the given time, as the
     * gateway ends the session of a client that stopped polling.
     *
     * @param idleLimit the longest silence allowed
     * @return the ended sessions' public ids
     */
    public List<String> expireIdle(Duration idleLimit) {
        long now = clock.millis();
        List<String> expired = new ArrayList<>();
        for (SandboxSession session : sessions()) {
            try {
                if (now - session.getLastAccessedTime() > idleLimit.toMillis()) {
                    session.invalidate();
                    expired.add(session.getPublicId());
                    log.info("Session {} expired: no contact for more than {} s",
                            session.getPublicId(), idleLimit.toSeconds());
                }
            } catch (IllegalStateException endedMeanwhile) {
                log.debug("Session {} ended while expiry looked at it", session.getPublicId());
            }
        }
        return expired;
    }

    /** Finds a live session by its servlet id, which in the sandbox is the secret id. */
    @Override
    public ClientReqSession findSession(String id) {
        return findBySecret(id).orElse(null);
    }

    @Override
    public List<ClientReqSession> findSessions() {
        return new ArrayList<>(byPublicId.values());
    }

    @Override
    public List<ClientReqSession> findSessions(int scope) {
        List<ClientReqSession> matching = new ArrayList<>();
        for (SandboxSession session : byPublicId.values()) {
            int sessionScope = session.isDesigner() ? ApplicationScope.DESIGNER
                    : ApplicationScope.CLIENT;
            if ((scope & sessionScope) != 0) {
                matching.add(session);
            }
        }
        return matching;
    }

    @Override
    public int getSessionCount() {
        return byPublicId.size();
    }

    @Override
    public void sendNotification(int scope, String moduleId, String messageType,
            Serializable message) {
        for (ClientReqSession session : findSessions(scope)) {
            session.addNotification(moduleId, messageType, message);
        }
    }

    private void forget(SandboxSession session) {
        byPublicId.remove(session.getPublicId(), session);
        bySecret.remove(session.secretId(), session);
        log.info("Session {} ended", session.getPublicId());
    }

    private String newPublicId() {
        String id;
        do {
            id = HexFormat.of().withUpperCase().formatHex(randomBytes(PUBLIC_ID_BYTES));
        } while (byPublicId.containsKey(id));
        return id;
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
