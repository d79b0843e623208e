package com.inductiveautomation.ignition.gateway.web.pages.status.overviewmeta;

import java.io.Serializable;

/**
 * Stand-in for the Ignition 8.1 line of status text in an Overview entry. A plain value
 * holder; only the constructor this module calls is declared.
 *
 * <p>No page of this type is in the stored javadoc. Checked against the official 8.1
 * contributor, which creates it as {@code new InfoLine(String.format("%d configured", n),
 * false)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/web/HomeConnectOverviewContributor.java
 * What the boolean means is unconfirmed; the example passes false for a normal line.
 */
public class InfoLine implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a line.
     *
     * @param text the text shown
     * @param flagged the platform's flag for this line; false for a normal line
     */
    public InfoLine(String text, boolean flagged) {
    }
}
