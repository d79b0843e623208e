package com.inductiveautomation.ignition.gateway.dataroutes;

/**
 * Stand-in for the Ignition 8.1 HTTP method of a data route.
 *
 * <p>No page of this type is in the stored javadoc. The 8.1.21 RouteMounter page takes it in
 * {@code method(HttpMethod)} ("Default is GET"):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.21/com/inductiveautomation/ignition/gateway/dataroutes/RouteGroup.RouteMounter.html
 * and 8.1.28 module code passes {@code HttpMethod.POST} (shared/ignition-sdk/API.md, section
 * 6). Only GET and POST are declared; that it is an enum is unconfirmed.
 */
public enum HttpMethod {
    /** HTTP GET. */
    GET,
    /** HTTP POST. */
    POST
}
