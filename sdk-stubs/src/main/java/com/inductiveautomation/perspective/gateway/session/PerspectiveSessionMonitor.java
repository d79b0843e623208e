package com.inductiveautomation.perspective.gateway.session;

import java.util.Optional;
import java.util.UUID;

/**
 * Stand-in for the Ignition 8.1 monitor of running Perspective sessions (the member this
 * module uses).
 *
 * <p>No page of this type is in the stored javadoc. An Inductive Automation answer on the
 * forum (8.1.23 era) names the route: "PerspectiveContext has a getSessionMonitor ... Once
 * you have it, you can find a session by ID: PerspectiveSessionMonitor. Then the
 * InternalSession can be asked to close":
 * https://forum.inductiveautomation.com/t/limit-perspective-sessions-pages/67888
 * The exact lookup signature is unconfirmed. {@code findSession(UUID)} returning an Optional
 * is the shape public module code uses against 8.3; see sdk-stubs/README.md for the safer,
 * documented route through {@code system.perspective.*}.
 */
public class PerspectiveSessionMonitor {
    /** Stand-in constructor; the platform creates the monitor. */
    protected PerspectiveSessionMonitor() {
    }

    /**
     * Finds a running session by id.
     *
     * @param sessionId the session id
     * @return the session, or empty if none runs with that id
     */
    public Optional<InternalSession> findSession(UUID sessionId) {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
