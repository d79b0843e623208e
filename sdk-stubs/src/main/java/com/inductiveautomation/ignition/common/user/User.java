package com.inductiveautomation.ignition.common.user;

import java.util.Collection;

/**
 * Stand-in for the Ignition 8.1 user record (only the members this module reads).
 *
 * <p>Checked against the 8.1.33 page (interface; "getRoles: Returns all of the roles this user
 * is a has. Not null."; "getProfileName: The name of the user management profile this user was
 * retrieved from"):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/user/User.html
 * The stored copy of that page drops the return type of {@code getRoles()}. It is declared
 * here as {@code Collection<String>}; the 8.1 API stubs type it as a list of strings. Which of
 * the two the platform's bytecode uses is unconfirmed; see sdk-stubs/README.md.
 */
public interface User {
    /**
     * Returns all roles of this user.
     *
     * @return the role names, never null
     */
    Collection<String> getRoles();

    /**
     * Returns the name of the user source this user was read from.
     *
     * @return the user source (profile) name
     */
    String getProfileName();
}
