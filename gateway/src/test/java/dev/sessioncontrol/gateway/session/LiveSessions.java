package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.inductiveautomation.ignition.gateway.clientcomm.GatewaySessionManager;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The gateway's session list, held in memory. Only {@link #findSessions()} answers: the module
 * must walk the list by public id, and must address each session alone, so a broadcast or a
 * lookup by servlet id fails the test.
 */
public final class LiveSessions implements GatewaySessionManager {
    private final List<ClientReqSession> sessions = new CopyOnWriteArrayList<>();

    /**
     * Adds a session to the list.
     *
     * @param session the session
     * @return the same session
     */
    public ClientReqSession add(ClientReqSession session) {
        sessions.add(session);
        return session;
    }

    /**
     * Adds a built session to the list.
     *
     * @param session the session's builder
     * @return the session
     */
    public ClientReqSession add(PlatformSessions.Builder session) {
        return add(session.build());
    }

    /**
     * Takes a session off the list, as when its client exits.
     *
     * @param session the session
     */
    public void end(ClientReqSession session) {
        sessions.remove(session);
    }

    /** Returns every session on the list. */
    public List<ClientReqSession> all() {
        return new ArrayList<>(sessions);
    }

    @Override
    public ClientReqSession findSession(String id) {
        throw new AssertionError("sessions are found by public id in findSessions(), not by "
                + "servlet id");
    }

    @Override
    public List<ClientReqSession> findSessions() {
        return new ArrayList<>(sessions);
    }

    @Override
    public List<ClientReqSession> findSessions(int scope) {
        throw new AssertionError("the module lists sessions with findSessions()");
    }

    @Override
    public int getSessionCount() {
        return sessions.size();
    }

    @Override
    public void sendNotification(int scope, String moduleId, String messageType,
            Serializable message) {
        throw new AssertionError("a notification was broadcast to every session");
    }
}
