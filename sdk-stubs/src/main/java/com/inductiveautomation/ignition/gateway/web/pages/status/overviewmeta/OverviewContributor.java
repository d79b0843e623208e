package com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta;

import com.inductiveautomation.ignition.gateway.model.GatewayContext;

/**
 * Stand-in for the Ignition 8.1 contributor of lines to the Status &gt; Overview page.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1
 * contributor, which implements it with exactly this method:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/web/HomeConnectOverviewContributor.java
 */
public interface OverviewContributor {
    /**
     * Returns the entries this module adds to the Systems panel of the Overview page.
     *
     * @param context the gateway context
     * @return the entries
     */
    Iterable<SystemsEntry> getSystemsEntries(GatewayContext context);
}
