package com.inductiveautomation.perspective.gateway.session;

import java.util.UUID;

/**
 * Stand-in for the Ignition 8.1 nucleus of a Perspective session (the members this module
 * uses).
 *
 * <p>Checked against the 8.1.34 page (interface; {@code UUID getSessionId()},
 * {@code String getProjectName()}, {@code long getStartupTime()} in nanoseconds):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.34/com/inductiveautomation/perspective/gateway/session/SessionKernel.html
 * Its implementing classes include PerspectiveProjectSession and PerspectiveDesignSession
 * (8.1.37 page of SessionKernel).
 */
public interface SessionKernel {
    /**
     * Returns the session's unique identifier.
     *
     * @return the session id
     */
    UUID getSessionId();

    /**
     * Returns the name of the project the session runs.
     *
     * @return the project name
     */
    String getProjectName();

    /**
     * Returns when the session kernel started.
     *
     * @return the start time in nanoseconds, or 0 if it has not started
     */
    long getStartupTime();
}
