package com.inductiveautomation.ignition.gateway.web.components;

import com.inductiveautomation.ignition.gateway.web.models.ConfigCategory;
import com.inductiveautomation.ignition.gateway.web.models.INamedTab;
import org.apache.wicket.markup.html.WebMarkupContainer;

/**
 * Stand-in for the Ignition 8.1 base class of Status-section tabs.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1 gateway
 * hook, which subclasses it as {@code new AbstractNamedTab("homeconnect",
 * StatusCategories.SYSTEMS, "HomeConnect.nav.status.header") { ... }} and overrides
 * {@code getPanel(String)} and {@code getSearchTerms()}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/GatewayHook.java
 * The declared type of the second constructor parameter is unconfirmed (see
 * sdk-stubs/README.md).
 */
public abstract class AbstractNamedTab implements INamedTab {
    /**
     * Creates a tab.
     *
     * @param name the tab name, also its path segment
     * @param category the Status category the tab appears in
     * @param titleKey the bundle key of the tab title
     */
    public AbstractNamedTab(String name, ConfigCategory category, String titleKey) {
    }

    /**
     * Creates the panel shown when the tab is opened.
     *
     * @param panelId the Wicket id the panel must use
     * @return the panel
     */
    @Override
    public abstract WebMarkupContainer getPanel(String panelId);

    /**
     * Returns the words that find this tab in the gateway web page's search.
     *
     * @return the search terms
     */
    @Override
    public Iterable<String> getSearchTerms() {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
