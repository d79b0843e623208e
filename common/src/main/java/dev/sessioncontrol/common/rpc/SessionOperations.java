package dev.sessioncontrol.common.rpc;

import com.inductiveautomation.ignition.common.Dataset;

/**
 * The session operations behind {@code system.sessions}, the same in every scope.
 *
 * <p>The gateway implements them locally; Vision clients and designers reach the gateway's
 * implementation over RPC, where the gateway checks the calling session's roles on every call.
 * Every method returns a {@link Dataset} so that scripts, tables and the status page read the
 * same columns (see {@link SessionColumns} and {@link OutcomeColumns}).
 */
public interface SessionOperations {
    /**
     * Lists the sessions of the gateway that match the filter.
     *
     * @param filter which sessions to include; {@link SessionFilter#all()} for every session
     * @return one row per session, with the columns of {@link SessionColumns}
     * @throws SessionControlException if the caller may not list sessions
     */
    Dataset listSessions(SessionFilter filter);

    /**
     * Orders one session to end.
     *
     * @param sessionId the public id of the session, as listed by {@link #listSessions}
     * @param options reason, grace time and the other choices of this kick
     * @return one row with the outcome, with the columns of {@link OutcomeColumns}
     * @throws SessionControlException if the id is unknown, the session cannot be kicked, or the
     *     caller may not kick
     */
    Dataset kick(String sessionId, KickOptions options);

    /**
     * Orders every session of one user to end, except the caller's own (unless
     * {@link KickOptions#isIncludeSelf()}) and designers (unless
     * {@link KickOptions#isIncludeDesigners()}).
     *
     * @param user the user name, compared without regard to case
     * @param options reason, grace time and the other choices of this kick
     * @param exceptSessionId a session to leave alone, or null
     * @return one row per session of that user, with the columns of {@link OutcomeColumns}
     * @throws SessionControlException if the user name is blank or the caller may not kick
     */
    Dataset kickUser(String user, KickOptions options, String exceptSessionId);

    /**
     * Orders every session to end, or every session of one project, with the same exceptions
     * as {@link #kickUser}.
     *
     * @param project a project name, or null for every project
     * @param options reason, grace time and the other choices of this kick
     * @return one row per session considered, with the columns of {@link OutcomeColumns}
     * @throws SessionControlException if the caller may not kick
     */
    Dataset kickAll(String project, KickOptions options);

    /**
     * Returns the most recent terminate orders, newest first, with what became of each.
     *
     * @param limit how many orders at most, 1 or more
     * @return one row per order, with the columns of {@link HistoryColumns}
     * @throws SessionControlException if the caller may not read the history
     */
    Dataset history(int limit);

    /**
     * Orders every session that has been silent for a while to end, with the same exceptions
     * as {@link #kickUser}; active sessions are left alone.
     *
     * @param idleSeconds the least time since the session's last contact, 1 or more
     * @param unauthenticatedOnly true to consider only sessions without a logged-in user
     * @param options reason, grace time and the other choices of this kick
     * @return one row per idle session considered, with the columns of {@link OutcomeColumns}
     * @throws SessionControlException if the caller may not kick or idleSeconds is below 1
     */
    Dataset kickIdle(int idleSeconds, boolean unauthenticatedOnly, KickOptions options);

    /**
     * Tells whether Perspective is installed on this gateway, so that its sessions are listed.
     *
     * @return true when Perspective sessions are part of the listings
     */
    boolean isPerspectivePresent();
}
