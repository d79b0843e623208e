package dev.sessioncontrol.gateway.web;

import com.inductiveautomation.ignition.gateway.dataroutes.HttpMethod;
import com.inductiveautomation.ignition.gateway.dataroutes.RequestContext;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteAccessControl;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteGroup;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * Mounts the Session Control web API on an Ignition 8.1 gateway's route group, so that each
 * {@link WebRoute} answers at {@code /data/dev.sessioncontrol/<pattern>}. It only translates:
 * servlet request in, {@link WebRequest} to {@link SessionWebApi}, status and JSON out.
 *
 * <p>Usage, in the gateway hook:
 * <pre>{@code
 * public void mountRouteHandlers(RouteGroup routes) {
 *     IgnitionWebRoutes.forGateway(webApi, settings.kickRoles()).mount(routes);
 * }
 * }</pre>
 *
 * <p>Every route is restricted to web sessions that may open the gateway's Status section; the
 * web session's servlet id binds the CSRF token.
 */
public final class IgnitionWebRoutes {
    private final SessionWebApi api;
    private final RouteAccessControl access;
    private final ServletWebUsers users;

    IgnitionWebRoutes(SessionWebApi api, RouteAccessControl access, ServletWebUsers users) {
        this.api = Objects.requireNonNull(api, "api");
        this.access = Objects.requireNonNull(access, "access");
        this.users = Objects.requireNonNull(users, "users");
    }

    /**
     * Returns the routes as the gateway serves them: behind the Status section's access rule,
     * with the web user read from the servlet request.
     *
     * @param api the web API
     * @param kickRoles the configured kick roles, as written in the settings
     * @return the routes, ready to mount
     */
    public static IgnitionWebRoutes forGateway(SessionWebApi api, Collection<String> kickRoles) {
        return new IgnitionWebRoutes(api, StatusSectionAccess.ofStatusSection(),
                new ServletWebUsers(kickRoles));
    }

    /**
     * Mounts every route on the module's route group.
     *
     * @param routes the group the gateway hands to {@code mountRouteHandlers}
     */
    public void mount(RouteGroup routes) {
        for (WebRoute route : WebRoute.values()) {
            routes.newRoute("/" + route.pattern())
                    .method(HttpMethod.valueOf(route.method()))
                    .type(RouteGroup.TYPE_JSON)
                    .restrict(access)
                    .nocache()
                    .handler((request, response) -> serve(route, request, response))
                    .mount();
        }
    }

    /** Answers one request for a route; returns the JSON body the gateway writes out. */
    String serve(WebRoute route, RequestContext context, HttpServletResponse response)
            throws IOException {
        WebResponse answer = isOversized(context.getRequest())
                ? api.refuseOversizedBody() : api.handle(route, read(route, context));
        response.setStatus(answer.status());
        response.setHeader("X-Content-Type-Options", "nosniff");
        return answer.body();
    }

    private WebRequest read(WebRoute route, RequestContext context) throws IOException {
        HttpServletRequest servlet = context.getRequest();
        WebRequest.Builder request = WebRequest.builder(route.method(), context.getPath())
                .user(users.userOf(servlet))
                .webSessionId(webSessionId(servlet));
        for (String name : route.parameterNames()) {
            String value = context.getParameter(name);
            if (value != null) {
                request.pathParameter(name, value);
            }
        }
        // Parsed from the query string itself: getParameterMap() could consume a form body.
        request.query(servlet.getQueryString());
        for (String name : Collections.list(servlet.getHeaderNames())) {
            String value = servlet.getHeader(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        if (route.isAction()) {
            String body = context.readBody();
            request.body(body == null ? "" : body);
        }
        return request.build();
    }

    private static boolean isOversized(HttpServletRequest servlet) {
        // Refuse to buffer a body the API would refuse anyway; -1 means the length is unknown.
        return servlet.getContentLengthLong() > SessionWebApi.MAX_BODY_BYTES;
    }

    private static String webSessionId(HttpServletRequest servlet) {
        HttpSession session = servlet.getSession(false);
        return session == null ? null : session.getId();
    }
}
