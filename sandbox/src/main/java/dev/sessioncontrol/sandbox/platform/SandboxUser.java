package dev.sessioncontrol.sandbox.platform;

import com.inductiveautomation.ignition.common.user.User;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A user of the sandbox's one user source: a name and roles.
 *
 * @param name the user name
 * @param roles the user's roles
 */
public record SandboxUser(String name, List<String> roles) implements User {
    /** The name of the sandbox's user source. */
    public static final String PROFILE = "sandbox";

    /** Checks the name and copies the roles. */
    public SandboxUser {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }

    @Override
    public Collection<String> getRoles() {
        return roles;
    }

    @Override
    public String getProfileName() {
        return PROFILE;
    }
}
