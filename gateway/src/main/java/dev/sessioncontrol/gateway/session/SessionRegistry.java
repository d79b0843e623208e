package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.common.rpc.SessionType;
import dev.sessioncontrol.gateway.perspective.PerspectiveSession;
import dev.sessioncontrol.gateway.perspective.PerspectiveSessions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One view over the gateway's sessions: Vision clients and designers as the
 * {@link GatewaySessionManager} holds them, joined with the registered signing keys, and
 * Perspective sessions when Perspective is installed.
 *
 * <p>Sessions are matched by their public id (the id {@code system.util.getSessionInfo} shows),
 * by walking the manager's list rather than trusting a lookup by id. A session that is
 * invalidated while it is read is left out. Each listing also drops the keys of sessions that
 * have ended.
 */
public final class SessionRegistry {
    private static final Logger log = LoggerFactory.getLogger(SessionRegistry.class);

    private final GatewaySessionManager sessionManager;
    private final SessionKeyStore keys;
    private final PerspectiveSessions perspective;
    private final Clock clock;

    /**
     * Creates the registry of a gateway without Perspective.
     *
     * @param sessionManager the gateway's sessions
     * @param keys the registered signing keys
     */
    public SessionRegistry(GatewaySessionManager sessionManager, SessionKeyStore keys) {
        this(sessionManager, keys, PerspectiveSessions.absent(), Clock.systemUTC());
    }

    /**
     * Creates the registry.
     *
     * @param sessionManager the gateway's Vision client and designer sessions
     * @param keys the registered signing keys
     * @param perspective the gateway's Perspective sessions
     * @param clock the gateway clock, to date Perspective sessions
     */
    public SessionRegistry(GatewaySessionManager sessionManager, SessionKeyStore keys,
            PerspectiveSessions perspective, Clock clock) {
        this.sessionManager = Objects.requireNonNull(sessionManager, "sessionManager");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.perspective = Objects.requireNonNull(perspective, "perspective");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Lists the sessions that pass the filter, ordered by user then id.
     *
     * @param filter which sessions to include
     * @return a snapshot of each matching session
     */
    public List<SessionRecord> list(SessionFilter filter) {
        // Keys issued after this point belong to sessions that may be missing from the list
        // read next; only keys that existed before it may be dropped.
        Set<String> keyedBefore = keys.sessionIds();
        List<ClientReqSession> live = sessionManager.findSessions();
        forgetEndedSessions(keyedBefore, live);
        List<SessionRecord> records = new ArrayList<>();
        for (ClientReqSession session : live) {
            read(session).filter(r -> filter.matches(r.user(), r.project(), r.scope()))
                    .ifPresent(records::add);
        }
        for (SessionRecord record : listPerspective()) {
            if (filter.matches(record.user(), record.project(), record.scope())) {
                records.add(record);
            }
        }
        records.sort(Comparator.comparing(SessionRecord::user, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(SessionRecord::id));
        return records;
    }

    /**
     * Finds a live session by public id.
     *
     * @param sessionId the public id
     * @return the platform session, or empty when no live session has that id
     */
    public Optional<ClientReqSession> find(String sessionId) {
        for (ClientReqSession session : sessionManager.findSessions()) {
            if (sessionId.equals(publicIdOf(session))) {
                return Optional.of(session);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a Perspective session by id.
     *
     * @param sessionId the Perspective session id
     * @return its snapshot, or empty when Perspective has no such session
     */
    public Optional<SessionRecord> findPerspective(String sessionId) {
        for (SessionRecord record : listPerspective()) {
            if (record.id().equals(sessionId)) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** Tells whether Perspective is installed, so that its sessions are listed. */
    public boolean isPerspectivePresent() {
        return perspective.isPresent();
    }

    private List<SessionRecord> listPerspective() {
        Instant now = clock.instant();
        List<SessionRecord> records = new ArrayList<>();
        for (PerspectiveSession session : perspective.list()) {
            records.add(new SessionRecord(session.id(), SessionType.PERSPECTIVE, session.user(),
                    "", session.address(), session.project(),
                    session.isDesignerHosted() ? SessionScope.DESIGNER : SessionScope.PERSPECTIVE,
                    session.userAgent(), now.minusMillis(session.uptimeMillis()),
                    now.minusMillis(session.idleMillis()), true));
        }
        return records;
    }

    /**
     * Reads one platform session into a snapshot.
     *
     * @param session the platform session
     * @return the snapshot, or empty if the session ended while it was read
     */
    public Optional<SessionRecord> read(ClientReqSession session) {
        try {
            String id = session.getPublicId();
            if (id == null) {
                return Optional.empty();
            }
            return Optional.of(new SessionRecord(id,
                    text(session, ClientReqSession.SESSION_USERNAME),
                    text(session, ClientReqSession.SESSION_REMOTE_HOST),
                    text(session, ClientReqSession.SESSION_REMOTE_ADDR),
                    text(session, ClientReqSession.SESSION_PROJECT_NAME),
                    session.isDesigner() ? SessionScope.DESIGNER : SessionScope.CLIENT,
                    Instant.ofEpochMilli(session.getCreationTime()),
                    Instant.ofEpochMilli(session.getLastAccessedTime()),
                    keys.contains(id)));
        } catch (IllegalStateException invalidated) {
            log.debug("Session ended while it was read; left out of the listing");
            return Optional.empty();
        }
    }

    private void forgetEndedSessions(Set<String> keyedBefore, List<ClientReqSession> live) {
        Set<String> liveIds = live.stream().map(SessionRegistry::publicIdOf)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        for (String id : keyedBefore) {
            if (!liveIds.contains(id)) {
                keys.drop(id);
            }
        }
    }

    private static String publicIdOf(ClientReqSession session) {
        try {
            return session.getPublicId();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static String text(ClientReqSession session, String attribute) {
        Object value = session.getAttribute(attribute);
        return value == null ? null : value.toString();
    }
}
