package com.inductiveautomation.ignition.gateway.dataroutes;

/**
 * Stand-in for the Ignition 8.1 bundle of data routes a module mounts under
 * {@code /data/<module-id or alias>/}.
 *
 * <p>Checked against the 8.1.48 page (interface; field {@code TYPE_JSON}; method
 * {@code RouteMounter newRoute(String path)}; nested interface {@code RouteMounter}):
 * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.48/com/inductiveautomation/ignition/gateway/dataroutes/RouteGroup.html
 *
 * <p>{@link #TYPE_JSON} is deliberately not a compile-time constant, so that code compiled
 * against this stand-in reads the platform's value at run time.
 */
public interface RouteGroup {
    /** The content type of JSON responses. */
    String TYPE_JSON = String.valueOf("application/json");

    /**
     * Begins adding a route.
     *
     * @param path the path below the group, with {@code :name} path parameters
     * @return a mounter to configure and mount the route
     */
    RouteMounter newRoute(String path);

    /**
     * Stand-in for the builder of one route.
     *
     * <p>Checked against the 8.1.21 page (method, type, handler, restrict, nocache, mount):
     * https://files.inductiveautomation.com/sdk/javadoc/ignition81/8.1.21/com/inductiveautomation/ignition/gateway/dataroutes/RouteGroup.RouteMounter.html
     */
    interface RouteMounter {
        /**
         * Sets the HTTP method that triggers this route; GET by default.
         *
         * @param method the HTTP method
         * @return this mounter
         */
        RouteMounter method(HttpMethod method);

        /**
         * Sets the content type of the response; "text/plain" by default.
         *
         * @param contentType the content type
         * @return this mounter
         */
        RouteMounter type(String contentType);

        /**
         * Sets the handler that answers this route.
         *
         * @param handler the handler
         * @return this mounter
         */
        RouteMounter handler(RouteHandler handler);

        /**
         * Sets the access control this route requires.
         *
         * @param accessControl the access rule
         * @return this mounter
         */
        RouteMounter restrict(RouteAccessControl accessControl);

        /**
         * Sets {@code Cache-Control: no-cache, no-store} on the response.
         *
         * @return this mounter
         */
        RouteMounter nocache();

        /** Mounts the route; call last. */
        void mount();
    }
}
