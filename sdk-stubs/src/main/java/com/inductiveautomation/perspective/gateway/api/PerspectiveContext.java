package com.inductiveautomation.perspective.gateway.api;

import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import com.inductiveautomation.perspective.gateway.session.PerspectiveSessionMonitor;

/**
 * Stand-in for the Ignition 8.1 entry point into the Perspective module on the gateway (the
 * members this module uses).
 *
 * <p>No page of this type is in the stored javadoc. The forum answer cited on
 * PerspectiveSessionMonitor says "PerspectiveContext has a getSessionMonitor":
 * https://forum.inductiveautomation.com/t/limit-perspective-sessions-pages/67888
 * The static {@code get(GatewayContext)} accessor and the kind of this type (interface or
 * class) are unconfirmed; see sdk-stubs/README.md.
 */
public interface PerspectiveContext {
    /**
     * Returns the Perspective context of a gateway.
     *
     * @param context the gateway context
     * @return the Perspective context
     */
    static PerspectiveContext get(GatewayContext context) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns the monitor of running Perspective sessions.
     *
     * @return the session monitor
     */
    PerspectiveSessionMonitor getSessionMonitor();
}
