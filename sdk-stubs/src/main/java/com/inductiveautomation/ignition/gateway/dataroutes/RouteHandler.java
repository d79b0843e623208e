package com.inductiveautomation.ignition.gateway.dataroutes;

import javax.servlet.http.HttpServletResponse;

/**
 * Stand-in for the Ignition 8.1 handler of a mounted data route.
 *
 * <p>Checked against the 8.1.34 page (functional interface; {@code Object
 * handle(RequestContext req, javax.servlet.http.HttpServletResponse resp) throws Exception}):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.34/com/inductiveautomation/ignition/gateway/dataroutes/RouteHandler.html
 */
@FunctionalInterface
public interface RouteHandler {
    /**
     * Answers a request that matched the route.
     *
     * @param req the request and its parameters
     * @param resp the response
     * @return the body to render, or null if the handler wrote the response itself
     * @throws Exception if the request cannot be answered
     */
    Object handle(RequestContext req, HttpServletResponse resp) throws Exception;
}
