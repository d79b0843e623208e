package dev.sessioncontrol.sandbox.process;

import java.util.List;
import java.util.Objects;

/**
 * A simulated client to launch: its name (also its user), host, project, roles, whether it is
 * a designer, and whether its shutdown-intercept script vetoes exits that are not forced.
 *
 * @param user the user name, also the name its output is prefixed with
 * @param host the host name it reports
 * @param project the project it runs
 * @param roles the user's roles
 * @param designer true to play a designer instead of a Vision client
 * @param vetoShutdown true to cancel exits that are not forced
 */
public record ClientSpec(String user, String host, String project, List<String> roles,
        boolean designer, boolean vetoShutdown) {
    /** Checks the names and copies the roles. */
    public ClientSpec {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(project, "project");
        roles = List.copyOf(roles);
    }

    /**
     * Returns a Vision client of the given user on host {@code ws-<user>}.
     *
     * @param user the user name
     * @param project the project
     * @param roles the user's roles
     * @return the spec
     */
    public static ClientSpec visionClient(String user, String project, String... roles) {
        return new ClientSpec(user, "ws-" + user, project, List.of(roles), false, false);
    }

    /**
     * Returns this spec with a shutdown-intercept script that vetoes unforced exits.
     *
     * @return the changed spec
     */
    public ClientSpec vetoingShutdown() {
        return new ClientSpec(user, host, project, roles, designer, true);
    }
}
