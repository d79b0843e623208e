package com.inductiveautomation.ignition.gateway.dataroutes;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/**
 * Stand-in for the Ignition 8.1 access rule of a data route, passed to
 * {@link RouteGroup.RouteMounter#restrict(RouteAccessControl)}.
 *
 * <p>No page of this type is in the stored javadoc. The 8.1.21 RouteMounter page shows it as
 * the parameter type of {@code restrict}:
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.21/com/inductiveautomation/ignition/gateway/dataroutes/RouteGroup.RouteMounter.html
 * The two members are the ones an 8.1-era module implements (Green Pipe Partners "fluxy",
 * TokenAccessControl), as recorded in shared/ignition-sdk/API.md (resolved item R9). Both are
 * declared abstract here so that implementations always define both, which is safe whether or
 * not the platform gives {@code handleAccessDenied} a default.
 */
public interface RouteAccessControl {
    /**
     * Tells whether a request may reach the route.
     *
     * @param context the request
     * @return true to let the request through
     */
    boolean canAccess(RequestContext context);

    /**
     * Writes the response for a request that {@link #canAccess} refused.
     *
     * @param context the request
     * @param response the response to write
     * @throws IOException if the response cannot be written
     */
    void handleAccessDenied(RequestContext context, HttpServletResponse response)
            throws IOException;
}
