package dev.sessioncontrol.gateway.web;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user logged in to the gateway webpage, as the web server authenticated them: a name and the
 * roles of their user source. Never built from anything the browser sends in a request body.
 */
public final class WebUser {
    private final String name;
    private final Set<String> roles;

    private WebUser(String name, Collection<String> roles) {
        this.name = Objects.requireNonNull(name, "name");
        if (name.trim().isEmpty()) {
            throw new IllegalArgumentException("A web user needs a non-blank name");
        }
        this.roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
    }

    /**
     * Returns a web user.
     *
     * @param name the user name
     * @param roles the user's roles; may be empty
     * @return the user
     * @throws IllegalArgumentException if the name is blank
     */
    public static WebUser of(String name, Collection<String> roles) {
        return new WebUser(name, Objects.requireNonNull(roles, "roles"));
    }

    /** Returns the user name. */
    public String name() {
        return name;
    }

    /** Returns the user's roles, in the order the user source gave them. */
    public Set<String> roles() {
        return roles;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof WebUser)) {
            return false;
        }
        WebUser that = (WebUser) other;
        return name.equals(that.name) && roles.equals(that.roles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, roles);
    }

    @Override
    public String toString() {
        return "WebUser{" + name + ", roles=" + roles + "}";
    }
}
