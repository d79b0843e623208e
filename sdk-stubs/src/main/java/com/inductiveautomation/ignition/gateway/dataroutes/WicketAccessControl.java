package com.inductiveautomation.ignition.gateway.dataroutes;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * Stand-in for the Ignition 8.1 route access rule that reuses the gateway web page's own
 * section permissions.
 *
 * <p>No page of this type is in the stored javadoc. The 8.1.48 RouteGroup page shows
 * {@code .restrict(WicketAccessControl.STATUS_SECTION)} as "can only be accessed if the user
 * has a session that is authorized to view the main/web/status section of the gateway web ui":
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.48/com/inductiveautomation/ignition/gateway/dataroutes/RouteGroup.html
 * and the official 8.1 routes use it the same way:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/web/HomeConnectStatusRoutes.java
 * Whether the platform type is a class or an enum, and the declared type of
 * {@code STATUS_SECTION}, are unconfirmed (see sdk-stubs/README.md).
 */
public class WicketAccessControl implements RouteAccessControl {
    /** Requires a gateway web session allowed to view the Status section. */
    public static final WicketAccessControl STATUS_SECTION = new WicketAccessControl();

    /** Stand-in constructor; the platform defines the instances. */
    protected WicketAccessControl() {
    }

    /**
     * Tells whether the request's gateway web session may view the section.
     *
     * @param context the request
     * @return true to let the request through
     */
    @Override
    public boolean canAccess(RequestContext context) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Writes the platform's refusal.
     *
     * @param context the request
     * @param response the response to write
     * @throws IOException if the response cannot be written
     */
    @Override
    public void handleAccessDenied(RequestContext context, HttpServletResponse response)
            throws IOException {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
