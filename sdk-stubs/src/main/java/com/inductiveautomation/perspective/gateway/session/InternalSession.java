package com.inductiveautomation.perspective.gateway.session;

import com.inductiveautomation.perspective.gateway.api.Session;
import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the Ignition 8.1 internal interface of a Perspective session (the members this
 * module uses).
 *
 * <p>Checked against the 8.1.22 page (interface extending Session; {@code default void
 * close(String message)} "Destroys this session and moves clients to a terminal state of
 * closed"; {@code long getLastComm(TimeUnit)}):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.22/com/inductiveautomation/perspective/gateway/session/InternalSession.html
 * (same on 8.1.34 and 8.1.37). InternalSession does not extend SessionKernel; the platform's
 * session classes (PerspectiveProjectSession, PerspectiveDesignSession) implement both, so the
 * session id and project name are read after checking {@code instanceof SessionKernel}.
 */
public interface InternalSession extends Session {
    /**
     * Ends the session and moves its browser pages to a closed state showing a message.
     *
     * @param message the message shown to the user
     */
    default void close(String message) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns when the client last communicated with the session.
     *
     * @param timeUnit the unit of the result
     * @return the time of the last communication, in the given unit
     */
    long getLastComm(TimeUnit timeUnit);
}
