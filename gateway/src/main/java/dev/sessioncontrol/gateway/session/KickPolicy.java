package dev.sessioncontrol.gateway.session;

import dev.sessioncontrol.common.PrintableText;
import dev.sessioncontrol.common.rpc.SessionControlException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may list and kick sessions: gateway-scope scripts always (they act with the gateway's
 * authority, like Ignition's other gateway functions), and client or designer users holding at
 * least one of the kick roles. Role names compare without regard to case.
 */
public final class KickPolicy {
    /** The role that may kick when nothing else is configured. */
    public static final String DEFAULT_ROLE = "Administrator";

    private final Set<String> kickRoles;

    /**
     * Creates the policy.
     *
     * @param kickRoles the roles that may kick; must not be empty
     * @throws IllegalArgumentException if no role is given
     */
    public KickPolicy(Collection<String> kickRoles) {
        Set<String> roles = kickRoles.stream().filter(r -> r != null && !r.trim().isEmpty())
                .map(r -> r.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("At least one kick role is required; the default"
                    + " is '" + DEFAULT_ROLE + "'");
        }
        this.kickRoles = Collections.unmodifiableSet(roles);
    }

    /** Returns the policy with only the default role. */
    public static KickPolicy defaults() {
        return new KickPolicy(Collections.singleton(DEFAULT_ROLE));
    }

    /**
     * Tells whether the caller may kick.
     *
     * @param caller who asks
     * @return true for the gateway and for users with a kick role
     */
    public boolean permits(Caller caller) {
        return caller.isGateway() || caller.roles().stream()
                .anyMatch(r -> kickRoles.contains(r.toLowerCase(Locale.ROOT)));
    }

    /**
     * Refuses a caller that may not perform an operation.
     *
     * @param caller who asks
     * @param operation what is asked, for the message
     * @throws SessionControlException of kind DENIED if the caller lacks every kick role
     */
    public void require(Caller caller, String operation) {
        if (!permits(caller)) {
            throw new SessionControlException(SessionControlException.Kind.DENIED,
                    "User '" + PrintableText.of(caller.name(), 64) + "' may not " + operation + ": it needs one of the"
                    + " roles " + kickRoles + " (set in the Session Control settings)");
        }
    }

    /** Returns the kick roles, lower-cased. */
    public Set<String> kickRoles() {
        return kickRoles;
    }

    @Override
    public String toString() {
        return "KickPolicy{roles=" + kickRoles + "}";
    }
}
