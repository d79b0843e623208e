package com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta;

import java.io.Serializable;

/**
 * Stand-in for the Ignition 8.1 entry of the Systems panel on the Status &gt; Overview page.
 * A plain value holder; only the constructor this module calls is declared.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1
 * contributor, which creates it as {@code new SystemsEntry("Home Connections",
 * new InfoLine(...), "/web/status/sys.homeconnect")}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/web/HomeConnectOverviewContributor.java
 */
public class SystemsEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an entry.
     *
     * @param name the title of the entry
     * @param infoLine the line of status shown under it
     * @param link the gateway web path the entry links to
     */
    public SystemsEntry(String name, InfoLine infoLine, String link) {
    }
}
