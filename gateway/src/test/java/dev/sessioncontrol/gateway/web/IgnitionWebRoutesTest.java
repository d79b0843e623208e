package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.gateway.dataroutes.HttpMethod;
import com.inductiveautomation.ignition.gateway.dataroutes.RequestContext;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteAccessControl;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteGroup;
import com.inductiveautomation.ignition.gateway.dataroutes.RouteHandler;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.gateway.session.KickPolicy;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class IgnitionWebRoutesTest {
    private final SessionOperations operations = mock(SessionOperations.class);
    private final RouteAccessControl access = mock(RouteAccessControl.class);
    private final RouteGroup group = mock(RouteGroup.class);
    private final Map<String, RouteGroup.RouteMounter> mounters = new HashMap<>();
    private IgnitionWebRoutes routes;

    @BeforeEach
    void mountRoutes() {
        when(group.newRoute(anyString())).thenAnswer(call -> {
            RouteGroup.RouteMounter mounter = mock(RouteGroup.RouteMounter.class, RETURNS_SELF);
            mounters.put(call.getArgument(0), mounter);
            return mounter;
        });
        SessionWebApi api = new SessionWebApi(caller -> operations, KickPolicy.defaults(),
                Clock.systemUTC(), new SecureRandom());
        routes = new IgnitionWebRoutes(api, access,
                new ServletWebUsers(Collections.singletonList("Administrator")));
        routes.mount(group);
    }

    @Test
    void mountsEveryRouteAsJsonBehindTheAccessRule() {
        assertThat(mounters).containsOnlyKeys("/sessions", "/sessions/:id/kick",
                "/users/:user/kick", "/history", "/csrf", "/me");
        for (RouteGroup.RouteMounter mounter : mounters.values()) {
            verify(mounter).type(RouteGroup.TYPE_JSON);
            verify(mounter).restrict(access);
            verify(mounter).nocache();
            verify(mounter).handler(any());
            verify(mounter).mount();
        }
        verify(mounters.get("/sessions/:id/kick")).method(HttpMethod.POST);
        verify(mounters.get("/users/:user/kick")).method(HttpMethod.POST);
        verify(mounters.get("/sessions")).method(HttpMethod.GET);
    }

    @Test
    void kickRouteReadsPathParameterHeadersBodyAndWebSession() throws Exception {
        when(operations.kick(anyString(), any())).thenReturn(new BasicDataset(
                OutcomeColumns.NAMES, OutcomeColumns.TYPES,
                new Object[][] {{"a1"}, {"alice"}, {"sent"}, {"queued"}, {"00ff"}}));
        String token = csrfTokenFor("jsession-1");
        RequestContext kick = request("POST", "jsession-1", headers(token),
                "{\"reason\":\"Shift change\",\"graceSeconds\":5}");
        when(kick.getParameter("id")).thenReturn("a1");
        HttpServletResponse response = mock(HttpServletResponse.class);

        Object body = handlerOf("/sessions/:id/kick").handle(kick, response);

        verify(response).setStatus(200);
        assertThat(body.toString()).contains("\"outcome\":\"sent\"");
        verify(operations).kick(eq("a1"), eq(KickOptions.builder().reason("Shift change")
                .graceSeconds(5).build()));
    }

    @Test
    void kickRouteWithoutTheSessionsTokenAnswers403AndKicksNothing() throws Exception {
        RequestContext kick = request("POST", "jsession-1", headers("forged"), "{}");
        when(kick.getParameter("id")).thenReturn("a1");
        HttpServletResponse response = mock(HttpServletResponse.class);

        Object body = handlerOf("/sessions/:id/kick").handle(kick, response);

        verify(response).setStatus(403);
        assertThat(body.toString()).contains("CSRF_TOKEN");
        verify(operations, never()).kick(anyString(), any());
    }

    @Test
    void oversizedBodyIsRefusedWithoutReadingIt() throws Exception {
        RequestContext kick = request("POST", "jsession-1", headers("any"), "{}");
        when(kick.getRequest().getContentLengthLong())
                .thenReturn(SessionWebApi.MAX_BODY_BYTES + 1L);
        HttpServletResponse response = mock(HttpServletResponse.class);

        Object body = handlerOf("/sessions/:id/kick").handle(kick, response);

        verify(response).setStatus(413);
        assertThat(body.toString()).contains("BODY_TOO_LARGE");
        verify(kick, never()).readBody();
    }

    @Test
    void listRouteReadsFiltersFromTheQueryStringOnly() throws Exception {
        when(operations.listSessions(any())).thenReturn(new BasicDataset());
        RequestContext list = request("GET", "jsession-1", Collections.emptyMap(), null);
        when(list.getRequest().getQueryString()).thenReturn("user=bob");
        HttpServletResponse response = mock(HttpServletResponse.class);

        handlerOf("/sessions").handle(list, response);

        verify(response).setStatus(200);
        verify(list.getRequest(), never()).getParameterMap();
        verify(operations, times(1)).listSessions(
                SessionFilter.of("bob", null, null));
    }

    @Test
    void routesMountUnderTheirPatternsWithLeadingSlash() {
        assertThat(Arrays.stream(WebRoute.values()).map(r -> "/" + r.pattern()))
                .allSatisfy(pattern -> assertThat(mounters).containsKey(pattern));
    }

    private String csrfTokenFor(String webSession) throws Exception {
        RequestContext csrf = request("GET", webSession, Collections.emptyMap(), null);
        Object body = handlerOf("/csrf").handle(csrf, mock(HttpServletResponse.class));
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(body.toString());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private RouteHandler handlerOf(String pattern) {
        ArgumentCaptor<RouteHandler> handler = ArgumentCaptor.forClass(RouteHandler.class);
        verify(mounters.get(pattern)).handler(handler.capture());
        return handler.getValue();
    }

    private static Map<String, String> headers(String token) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Host", "gw:8088");
        headers.put("Origin", "http://gw:8088");
        headers.put("Content-Type", "application/json");
        headers.put(SessionWebApi.CSRF_HEADER, token);
        return headers;
    }

    private static RequestContext request(String method, String webSession,
            Map<String, String> headers, String body) throws Exception {
        HttpServletRequest servlet = mock(HttpServletRequest.class);
        Principal admin = () -> "admin";
        when(servlet.getUserPrincipal()).thenReturn(admin);
        when(servlet.isUserInRole("Administrator")).thenReturn(true);
        HttpSession session = mock(HttpSession.class);
        when(session.getId()).thenReturn(webSession);
        when(servlet.getSession(false)).thenReturn(session);
        when(servlet.getContentLengthLong()).thenReturn(body == null ? -1L : body.length());
        when(servlet.getHeaderNames()).thenReturn(Collections.enumeration(headers.keySet()));
        headers.forEach((name, value) -> when(servlet.getHeader(name)).thenReturn(value));
        RequestContext context = mock(RequestContext.class);
        when(context.getRequest()).thenReturn(servlet);
        when(context.getPath()).thenReturn("/ignored");
        when(context.readBody()).thenReturn(body);
        return context;
    }
}
