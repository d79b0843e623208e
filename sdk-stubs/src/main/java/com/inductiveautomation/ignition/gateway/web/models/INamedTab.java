package com.inductiveautomation.ignition.gateway.web.models;

import org.apache.wicket.markup.html.WebMarkupContainer;

/**
 * Stand-in for the Ignition 8.1 entry of a module page in the gateway web page's Status
 * section (the members this module implements).
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 gateway
 * hook, which returns {@code List<? extends INamedTab>} from {@code getStatusPanels()} and
 * overrides {@code WebMarkupContainer getPanel(String)} and {@code Iterable<String>
 * getSearchTerms()} on an AbstractNamedTab:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 * Further members the platform interface declares are unconfirmed.
 */
public interface INamedTab {
    /**
     * Creates the panel shown when the tab is opened.
     *
     * @param panelId the Wicket id the panel must use
     * @return the panel
     */
    WebMarkupContainer getPanel(String panelId);

    /**
     * Returns the words that find this tab in the gateway web page's search.
     *
     * @return the search terms
     */
    Iterable<String> getSearchTerms();
}
