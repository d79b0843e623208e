package dev.sessioncontrol.gateway.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/**
 * Reads the gateway web user of a request through the standard servlet API: the name from
 * {@link HttpServletRequest#getUserPrincipal()} and, since that API cannot list roles, each
 * kick role asked with {@link HttpServletRequest#isUserInRole(String)}.
 *
 * <p>Limitation: whether Ignition 8.1 fills in the servlet principal and roles for its webpage
 * logins is not confirmed. When it does not, a request that passed the Status section rule is
 * treated as an anonymous viewer: it may list sessions but never kick, so the gap fails closed.
 */
final class ServletWebUsers {
    /** The name given to a Status section user whose name the servlet API does not know. */
    static final String UNNAMED_VIEWER = "status-viewer";

    private final List<String> kickRoles;

    ServletWebUsers(Collection<String> kickRoles) {
        this.kickRoles = new ArrayList<>(kickRoles);
    }

    /**
     * Returns the web user of a request that passed the route's access rule.
     *
     * @param request the servlet request
     * @return the user with the kick roles they hold, or an unnamed viewer without roles
     */
    WebUser userOf(HttpServletRequest request) {
        Optional<String> name = Optional.ofNullable(request.getUserPrincipal())
                .map(Principal::getName).filter(n -> !n.trim().isEmpty());
        if (!name.isPresent()) {
            return WebUser.of(UNNAMED_VIEWER, new ArrayList<>());
        }
        List<String> held = new ArrayList<>();
        for (String role : kickRoles) {
            if (request.isUserInRole(role)) {
                held.add(role);
            }
        }
        return WebUser.of(name.get(), held);
    }
}
