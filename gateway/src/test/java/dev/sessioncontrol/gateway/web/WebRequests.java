package dev.sessioncontrol.gateway.web;

import java.util.Arrays;
import java.util.Collections;

/** Builds the requests of the web API tests: who asks, from which web session, for what. */
final class WebRequests {
    static final String HOST = "127.0.0.1:8088";
    static final String ADMIN_SESSION = "web-session-admin";
    static final String VIEWER_SESSION = "web-session-viewer";

    private WebRequests() {
    }

    static WebUser admin() {
        return WebUser.of("admin", Arrays.asList("Administrator"));
    }

    static WebUser viewer() {
        return WebUser.of("viewer", Collections.emptyList());
    }

    static WebRequest.Builder get(String path, WebUser user, String webSession) {
        return WebRequest.builder("GET", path).header("Host", HOST).user(user)
                .webSessionId(webSession);
    }

    /** A POST as the gateway's own page sends it, once given the right token. */
    static WebRequest.Builder post(String path, WebUser user, String webSession, String token) {
        return WebRequest.builder("POST", path).header("Host", HOST)
                .header("Origin", "http://" + HOST)
                .header("Content-Type", "application/json")
                .header(SessionWebApi.CSRF_HEADER, token)
                .user(user).webSessionId(webSession);
    }
}
