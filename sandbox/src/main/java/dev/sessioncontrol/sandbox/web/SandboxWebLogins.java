package dev.sessioncontrol.sandbox.web;

import dev.sessioncontrol.gateway.web.WebUser;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's stand-in for the gateway webpage login: two fixed users, "admin" with the
 * Administrator role and "viewer" with no role, and one random web session id per login, which
 * the browser keeps in a cookie.
 *
 * <p>Limitation: there is no password and the login is a plain GET, which is fine on loopback
 * for demos and tests and nowhere else.
 */
final class SandboxWebLogins {
    static final String COOKIE = "sc_sandbox_web";
    private static final int MAX_WEB_SESSIONS = 1000;
    private static final Map<String, WebUser> USERS = Map.of(
            "admin", WebUser.of("admin", List.of("Administrator")),
            "viewer", WebUser.of("viewer", List.of()));

    private final Map<String, WebUser> bySessionId = new ConcurrentHashMap<>();
    private final SecureRandom random;

    SandboxWebLogins(SecureRandom random) {
        this.random = random;
    }

    /** Returns the names of the users one may log in as. */
    static List<String> userNames() {
        return USERS.keySet().stream().sorted().toList();
    }

    /**
     * Logs a user in.
     *
     * @param userName "admin" or "viewer"
     * @return the new web session id, or empty if no such user exists
     */
    Optional<String> logIn(String userName) {
        WebUser user = USERS.get(userName);
        if (user == null) {
            return Optional.empty();
        }
        if (bySessionId.size() >= MAX_WEB_SESSIONS) {
            bySessionId.clear();
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        bySessionId.put(sessionId, user);
        return Optional.of(sessionId);
    }

    /**
     * Finds the user of a web session.
     *
     * @param sessionId the cookie's value
     * @return the user, or empty if the session is unknown
     */
    Optional<WebUser> userOf(String sessionId) {
        return sessionId == null ? Optional.empty()
                : Optional.ofNullable(bySessionId.get(sessionId));
    }
}
