package dev.sessioncontrol.common.rpc;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sessions a listing includes. Each criterion is optional; an empty filter matches every
 * session. User and project names compare without regard to case, as Ignition does.
 */
public final class SessionFilter implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final SessionFilter ALL = new SessionFilter(null, null, null);

    private final String user;
    private final String project;
    private final SessionScope scope;

    private SessionFilter(String user, String project, SessionScope scope) {
        this.user = blankToNull(user);
        this.project = blankToNull(project);
        this.scope = scope;
    }

    /** Normalizes a deserialized filter the way the factory does. */
    private Object readResolve() {
        return new SessionFilter(user, project, scope);
    }

    /** Returns the filter that matches every session. */
    public static SessionFilter all() {
        return ALL;
    }

    /**
     * Returns a filter on the given criteria.
     *
     * @param user a user name, or null or blank for any user
     * @param project a project name, or null or blank for any project
     * @param scope a session scope, or null for any scope
     * @return the filter
     */
    public static SessionFilter of(String user, String project, SessionScope scope) {
        return new SessionFilter(user, project, scope);
    }

    /** Returns the user name to match, if any. */
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** Returns the project name to match, if any. */
    public Optional<String> project() {
        return Optional.ofNullable(project);
    }

    /** Returns the scope to match, if any. */
    public Optional<SessionScope> scope() {
        return Optional.ofNullable(scope);
    }

    /**
     * Tells whether a session with these properties passes the filter.
     *
     * @param sessionUser the session's user name
     * @param sessionProject the session's project name
     * @param sessionScope the session's scope
     * @return true if every criterion that is set matches
     */
    public boolean matches(String sessionUser, String sessionProject, SessionScope sessionScope) {
        return equalsIgnoreCase(user, sessionUser)
                && equalsIgnoreCase(project, sessionProject)
                && (scope == null || scope == sessionScope);
    }

    private static boolean equalsIgnoreCase(String wanted, String actual) {
        return wanted == null
                || (actual != null
                    && wanted.toLowerCase(Locale.ROOT).equals(actual.toLowerCase(Locale.ROOT)));
    }

    private static String blankToNull(String value) {
        return value == null || value.trim().isEmpty() ? null : value.trim();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SessionFilter)) {
            return false;
        }
        SessionFilter that = (SessionFilter) other;
        return Objects.equals(user, that.user)
                && Objects.equals(project, that.project)
                && scope == that.scope;
    }

    @Override
    public int hashCode() {
        return Objects.hash(user, project, scope);
    }

    @Override
    public String toString() {
        return "SessionFilter{user=" + user + ", project=" + project + ", scope=" + scope + "}";
    }
}
