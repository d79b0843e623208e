package com.inductiveautomation.ignition.gateway.web.pages.status;

import com.inductiveautomation.ignition.gateway.web.models.ConfigCategory;

/**
 * Stand-in for the Ignition 8.1 categories of the gateway web page's Status section.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 gateway
 * hook, which imports it from this package and passes {@code StatusCategories.SYSTEMS} to
 * AbstractNamedTab:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 * Whether the platform type is a class with static fields, and the declared type of
 * {@code SYSTEMS}, are unconfirmed (see sdk-stubs/README.md).
 */
public final class StatusCategories {
    /** The Systems category of the Status section. */
    public static final ConfigCategory SYSTEMS =
            new ConfigCategory(String.valueOf("systems"), String.valueOf("systems"), 0);

    private StatusCategories() {
    }
}
