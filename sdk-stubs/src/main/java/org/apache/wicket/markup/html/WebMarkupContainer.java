package org.apache.wicket.markup.html;

/**
 * Minimal stand-in for Apache Wicket's container of HTML markup, the return type of the
 * gateway status tabs. Only the constructor that gateway panels call is declared; the platform
 * provides the real Wicket class, which extends {@code MarkupContainer}.
 *
 * <p>Checked against its use as the return type of {@code getPanel(String)} in the official 8.1
 * gateway hook, which imports it from this package:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 */
public class WebMarkupContainer {
    /**
     * Creates a container.
     *
     * @param id the Wicket component id
     */
    public WebMarkupContainer(String id) {
    }
}
