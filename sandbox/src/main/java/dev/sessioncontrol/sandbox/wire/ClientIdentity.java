package dev.sessioncontrol.sandbox.wire;

import java.io.Serializable;
import java.util.List;

/**
 * Who a simulated client logs in as: user, host name, project, roles, and whether the session
 * is a designer's. The gateway takes the client's address from the connection, not from here.
 *
 * <p>Names may hold any text, markup included, up to {@value #MAX_NAME_CHARS} characters, but
 * no control characters, so that a name can never add lines to a log or a listing.
 *
 * @param user the user name; empty for an unauthenticated session
 * @param host the host name the client reports
 * @param project the project the client runs
 * @param roles the user's roles
 * @param designer true for a designer session
 */
public record ClientIdentity(String user, String host, String project, List<String> roles,
        boolean designer) implements Serializable {
    /** The longest user, host or project name accepted. */
    public static final int MAX_NAME_CHARS = 200;
    /** The most roles accepted. */
    public static final int MAX_ROLES = 50;

    /** Validates the names and copies the roles. */
    public ClientIdentity {
        user = bounded("user", user);
        host = bounded("host", host);
        project = bounded("project", project);
        if (roles == null) {
            roles = List.of();
        }
        if (roles.size() > MAX_ROLES) {
            throw new IllegalArgumentException("A user may hold at most " + MAX_ROLES
                    + " roles here, not " + roles.size());
        }
        roles.forEach(role -> bounded("role", role));
        roles = List.copyOf(roles);
    }

    private static String bounded(String field, String value) {
        String text = value == null ? "" : value;
        if (text.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(field + " is " + text.length()
                    + " characters long; the limit is " + MAX_NAME_CHARS);
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " contains a control character;"
                    + " names are one line of text");
        }
        return text;
    }
}
