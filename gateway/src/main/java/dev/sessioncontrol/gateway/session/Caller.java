package dev.sessioncontrol.gateway.session;

import com.inductiveautomation.ignition.common.user.User;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks for a session operation: a gateway-scope script, acting with the gateway's
 * authority, or a Vision client or designer session, known from the gateway's own record of
 * that session (its user and roles), never from anything the caller sends.
 */
public final class Caller {
    private static final String GATEWAY_NAME = "gateway";

    private final String name;
    private final String sessionId;
    private final Set<String> roles;
    private final boolean gateway;

    private Caller(String name, String sessionId, Collection<String> roles, boolean gateway) {
        this.name = Objects.requireNonNull(name, "name");
        this.sessionId = sessionId;
        this.roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
        this.gateway = gateway;
    }

    /** Returns the caller that stands for gateway-scope scripts. */
    public static Caller gateway() {
        return new Caller(GATEWAY_NAME, null, Collections.emptySet(), true);
    }

    /**
     * Returns the caller behind a client or designer session, read from the gateway's record.
     *
     * @param session the calling session
     * @return the caller; a session without a user is named "unauthenticated" and has no roles
     */
    public static Caller of(ClientReqSession session) {
        Object userName = session.getAttribute(ClientReqSession.SESSION_USERNAME);
        Object user = session.getAttribute(ClientReqSession.SESSION_USER);
        Collection<String> roles = user instanceof User ? rolesOf(user) : Collections.emptySet();
        String name = userName == null || userName.toString().isEmpty()
                ? SessionRecord.UNAUTHENTICATED : userName.toString();
        return new Caller(name, session.getPublicId(), roles == null ? Collections.emptySet()
                : roles, false);
    }

    /**
     * Reads a user's roles by name rather than by a linked signature: whether the platform
     * declares {@code getRoles()} as returning a Collection or a List is not in the published
     * javadoc, and a compiled call with the other return type would fail to link. A user whose
     * roles cannot be read has none, so it is denied rather than trusted.
     */
    private static Collection<String> rolesOf(Object user) {
        try {
            Object roles = User.class.getMethod("getRoles").invoke(user);
            Set<String> names = new LinkedHashSet<>();
            if (roles instanceof Iterable) {
                for (Object role : (Iterable<?>) roles) {
                    if (role != null) {
                        names.add(role.toString());
                    }
                }
            }
            return names;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Collections.emptySet();
        }
    }

    /**
     * Returns a session caller with the given identity; for tests and in-memory gateways.
     *
     * @param name the user name
     * @param sessionId the caller's public session id
     * @param roles the user's roles
     * @return the caller
     */
    public static Caller of(String name, String sessionId, Collection<String> roles) {
        return new Caller(name, Objects.requireNonNull(sessionId, "sessionId"), roles, false);
    }

    /** Returns the user name, or "gateway" for gateway-scope scripts. */
    public String name() {
        return name;
    }

    /** Returns the caller's own session id; empty for gateway-scope scripts. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** Returns the caller's roles as the gateway knows them. */
    public Set<String> roles() {
        return roles;
    }

    /** Tells whether this is a gateway-scope script, which acts with the gateway's authority. */
    public boolean isGateway() {
        return gateway;
    }

    @Override
    public String toString() {
        return gateway ? "Caller{gateway}" : "Caller{" + name + ", session " + sessionId + "}";
    }
}
