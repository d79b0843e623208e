package com.inductiveautomation.ignition.gateway.web.models;

/**
 * Stand-in for the Ignition 8.1 category of the gateway web page's navigation.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 gateway
 * hook, which imports it from this package and creates one with
 * {@code new ConfigCategory(String name, String titleKey, int order)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 * It is declared here as the type of {@code StatusCategories.SYSTEMS}, which is unconfirmed
 * (see sdk-stubs/README.md).
 */
public class ConfigCategory {
    /**
     * Creates a category.
     *
     * @param name the category name
     * @param titleKey the bundle key of its title
     * @param order the position in the navigation
     */
    public ConfigCategory(String name, String titleKey, int order) {
    }
}
