package com.inductiveautomation.ignition.gateway.dataroutes;

import com.inductiveautomation.ignition.gateway.model.GatewayContext;
import java.io.IOException;
import javax.servlet.http.HttpServletRequest;

/**
 * Stand-in for the Ignition 8.1 wrapper around an HttpServletRequest handed to route handlers
 * (the members this module uses).
 *
 * <p>No 8.1 page of this type is in the stored javadoc. Checked against the 8.0.6 page (class;
 * getGatewayContext, getMethod, getParameter, getPath, getRequest, readBody), recorded in
 * shared/ignition-sdk/API.md (resolved item R9):
 * http://files.inductiveautomation.com/sdk/javadoc/ignition80/8.0.6/com/inductiveautomation/ignition/gateway/dataroutes/RequestContext.html
 * and the official 8.1 routes, which read {@code getParameter(String)}:
 * https://github.com/inductiveautomation/ignition-sdk-examples/blob/ignition-8.1/gateway-webpage/gateway-webpage-gateway/src/main/java/com/inductiveautomation/ignition/examples/hce/web/HomeConnectStatusRoutes.java
 * The platform's constructors are unconfirmed; the protected constructor here only lets
 * in-memory gateways subclass the stand-in, and module code must not call it.
 */
public class RequestContext {
    /** Stand-in constructor for in-memory requests. */
    protected RequestContext() {
    }

    /**
     * Returns the gateway context.
     *
     * @return the gateway context
     */
    public GatewayContext getGatewayContext() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns the HTTP method of the request.
     *
     * @return the method
     */
    public HttpMethod getMethod() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns a path parameter ({@code :name}) or query parameter.
     *
     * @param name the parameter name
     * @return the value, or null if absent
     */
    public String getParameter(String name) {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns the path that matched the route, without the {@code /data/<module>/} prefix.
     *
     * @return the matched path
     */
    public String getPath() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Returns the underlying servlet request.
     *
     * @return the request
     */
    public HttpServletRequest getRequest() {
        throw new UnsupportedOperationException("SDK stand-in");
    }

    /**
     * Reads the whole request body as text.
     *
     * @return the body
     * @throws IOException if the body cannot be read
     */
    public String readBody() throws IOException {
        throw new UnsupportedOperationException("SDK stand-in");
    }
}
