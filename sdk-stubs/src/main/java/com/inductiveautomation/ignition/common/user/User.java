package com.inductiveautomation.ignition.common.user;

import java.util.Collection;

/**
 * Stand-in for the Ignition 8.1 user record (only the members this module reads).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/user/User.html
 */
public interface User {
    Collection<String> getRoles();

    String getProfileName();
}
