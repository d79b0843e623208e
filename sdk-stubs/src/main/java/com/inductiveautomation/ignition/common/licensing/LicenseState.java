package com.inductiveautomation.ignition.common.licensing;

/**
 * Stand-in for the Ignition 8.1 type of the same name (license state handed to module hooks).
 * Checked against: https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.33/com/inductiveautomation/ignition/common/licensing/LicenseState.html
 */
public class LicenseState {
}
