package com.inductiveautomation.ignition.gateway.web.pages;

import org.apache.wicket.markup.html.WebMarkupContainer;

/**
 * Stand-in for the Ignition 8.1 Wicket panel that mounts a React bundle into the gateway web
 * page.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 gateway
 * hook, which creates it as {@code new BasicReactPanel(panelId,
 * "/res/hce/js/homeconnectstatus.js", "homeconnectstatus")} and returns it as a
 * WebMarkupContainer:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 * The platform class extends a Wicket panel; what the third argument must name in the
 * JavaScript bundle is unconfirmed (see sdk-stubs/README.md).
 */
public class BasicReactPanel extends WebMarkupContainer {
    /**
     * Creates the panel.
     *
     * @param id the Wicket id the panel must use
     * @param jsPath the path of the JavaScript bundle, under {@code /res/<module or alias>/}
     * @param reactComponentName the name the bundle exports
     */
    public BasicReactPanel(String id, String jsPath, String reactComponentName) {
        super(id);
    }
}
