package com.inductiveautomation.ignition.common.licensing;

/**
 * Stand-in for the Ignition 8.1 license state handed to module hooks. This module only passes
 * it through, so no member is declared.
 *
 * <p>No javadoc page of this type is in the stored javadoc. Checked against the official 8.1
 * hooks, which import it from this package and receive it in {@code startup}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/scripting-function/scripting-function-gateway/src/main/java/com/inductiveautomation/ignition/examples/scripting/GatewayHook.java
 * Whether the platform type is a class or an interface is unconfirmed; code compiled against
 * this stand-in only names the type in method signatures, which works for either.
 */
public class LicenseState {
}
