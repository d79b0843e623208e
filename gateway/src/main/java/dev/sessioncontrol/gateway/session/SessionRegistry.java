package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionScope;
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
 * One view over the gateway's Vision client and designer sessions, as the
 * {@link GatewaySessionManager} holds them, joined with the registered signing keys.
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

    /**
     * Creates the registry.
     *
     * @param sessionManager the gateway's sessions
     * @param keys the registered signing keys
     */
    public SessionRegistry(GatewaySessionManager sessionManager, SessionKeyStore keys) {
        this.sessionManager = Objects.requireNonNull(sessionManager, "sessionManager");
        this.keys = Objects.requireNonNull(keys, "keys");
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
