package dev.sessioncontrol.gateway.web;

import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.session.KickPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the Session Control web API, independent of any web server: a server adapter turns
 * each HTTP request into a {@link WebRequest} and writes back the {@link WebResponse}.
 *
 * <p>Routes (see {@link WebRoute}), below {@code /data/dev.sessioncontrol/} on a gateway:
 * <ul>
 *   <li>{@code GET sessions?user=&project=&scope=}: {@code {"now": ..., "sessions": [...]}},
 *       one object per session with the columns of the session listing;</li>
 *   <li>{@code POST sessions/{id}/kick} with {@code {"reason", "graceSeconds", "force"}}:
 *       {@code {"outcomes": [...]}};</li>
 *   <li>{@code POST users/{user}/kick} with the same body: every client session of that user
 *       (designers only with {@code "includeDesigners": true}); {@code {"outcomes": [...]}};</li>
 *   <li>{@code GET history?limit=}: {@code {"orders": [...]}}, the most recent terminate
 *       orders, newest first, with what became of each;</li>
 *   <li>{@code GET csrf}: {@code {"token": ...}}, the token for the {@value #CSRF_HEADER}
 *       header;</li>
 *   <li>{@code GET me}: the web user, roles, whether they may kick, and which optional
 *       features exist.</li>
 * </ul>
 *
 * <p>Who may do what: every route needs a web user logged in to the gateway webpage. Viewing
 * the list needs nothing more, because the gateway's own Status section already shows the same
 * sessions to such users; the list is then read with the gateway's authority and never marks a
 * session as the caller's own. Kicking needs one of the kick roles of the {@link KickPolicy},
 * and the operations check it again; so does reading the history, which names who kicked whom.
 *
 * <p>Errors are JSON {@code {"error": kind, "message": ...}}: the kinds of
 * {@link SessionControlException} (NOT_FOUND 404, NOT_KICKABLE 409, DENIED 403, RATE_LIMITED
 * 429, INVALID_ARGUMENT 400) and the web layer's own (LOGIN_REQUIRED, CROSS_ORIGIN and
 * CSRF_TOKEN 403, NO_ROUTE 404, METHOD_NOT_ALLOWED 405, BODY_TOO_LARGE 413,
 * UNSUPPORTED_MEDIA_TYPE 415).
 */
public final class SessionWebApi {
    /** The request header that carries the CSRF token on state-changing routes. */
    public static final String CSRF_HEADER = "X-Session-Control-Csrf";
    /** The largest request body accepted, in characters. */
    public static final int MAX_BODY_CHARS = 8192;
    /** The largest request body a web server should read, in bytes of UTF-8. */
    public static final int MAX_BODY_BYTES = MAX_BODY_CHARS * 4;
    /** The number of history rows returned when the request names no limit. */
    static final int DEFAULT_HISTORY_LIMIT = 50;
    /** The session id given to web callers: no client session has it, so none is "self". */
    static final String WEB_CALLER_SESSION = "gateway-webpage";

    private static final Logger log = LoggerFactory.getLogger(SessionWebApi.class);

    private final Function<Caller, SessionOperations> operations;
    private final KickPolicy policy;
    private final Clock clock;
    private final CsrfTokens tokens;
    private final ActionGuard guard;

    /**
     * Creates the API.
     *
     * @param operations the session operations performed for a caller, with its rights
     * @param policy who may kick
     * @param clock the gateway clock, for the {@code now} of a listing
     * @param random the source of the CSRF key
     */
    public SessionWebApi(Function<Caller, SessionOperations> operations, KickPolicy policy,
            Clock clock, SecureRandom random) {
        this.operations = Objects.requireNonNull(operations, "operations");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tokens = new CsrfTokens(Objects.requireNonNull(random, "random"));
        this.guard = new ActionGuard(tokens, MAX_BODY_CHARS);
    }

    /**
     * Serves a request whose route the web server did not match itself.
     *
     * @param request the request, with the path below the data root
     * @return the answer; never null
     */
    public WebResponse handle(WebRequest request) {
        boolean pathKnown = false;
        for (WebRoute route : WebRoute.values()) {
            Optional<Map<String, String>> parameters = route.match(request.path());
            if (parameters.isPresent()) {
                pathKnown = true;
                if (route.method().equals(request.method())) {
                    return handle(route, request.withPathParameters(parameters.get()));
                }
            }
        }
        return pathKnown
                ? WebResponse.error(405, "METHOD_NOT_ALLOWED", request.method()
                        + " is not served at '" + request.path() + "'")
                : WebResponse.error(404, "NO_ROUTE", "No Session Control route at '"
                        + request.path() + "'; the routes are sessions, sessions/{id}/kick,"
                        + " users/{user}/kick, history, csrf and me");
    }

    /**
     * Serves a request for a route the web server already matched.
     *
     * @param route the route
     * @param request the request, with the route's path parameters
     * @return the answer; never null
     */
    public WebResponse handle(WebRoute route, WebRequest request) {
        try {
            WebUser user = request.user().orElseThrow(() -> new WebRefusal(403,
                    "LOGIN_REQUIRED", "Log in to the gateway webpage to use Session Control"));
            if (route.isAction()) {
                guard.check(request);
            }
            return WebResponse.ok(dispatch(route, request, user));
        } catch (WebRefusal refusal) {
            log.warn("Web request {} {} refused: {}", route.method(), route.pattern(),
                    refusal.kind());
            return refusal.toResponse();
        } catch (SessionControlException refused) {
            return WebResponse.error(statusOf(refused.kind()), refused.kind().name(),
                    refused.getMessage());
        } catch (IllegalArgumentException invalid) {
            return WebResponse.error(400, SessionControlException.Kind.INVALID_ARGUMENT.name(),
                    invalid.getMessage());
        }
    }

    /**
     * Returns the answer to a request whose body the web server did not read because it is
     * larger than {@link #MAX_BODY_BYTES}.
     *
     * @return a 413 refusal
     */
    public WebResponse refuseOversizedBody() {
        return WebResponse.error(413, "BODY_TOO_LARGE", "The request body is larger than "
                + MAX_BODY_BYTES + " bytes; a kick request needs far less");
    }

    private String dispatch(WebRoute route, WebRequest request, WebUser user) {
        Caller caller = callerFor(user);
        switch (route) {
            case LIST_SESSIONS:
                return listSessions(request, caller);
            case KICK_SESSION:
                return kickSession(request, caller);
            case KICK_USER:
                return kickUser(request, caller);
            case HISTORY:
                return history(request, caller);
            case CSRF_TOKEN:
                return csrfToken(request);
            case WHO_AM_I:
                return whoAmI(user, caller);
            default:
                throw new IllegalStateException("Route " + route + " has no handler");
        }
    }

    private String listSessions(WebRequest request, Caller caller) {
        SessionFilter filter = SessionFilter.of(request.queryParameter("user").orElse(null),
                request.queryParameter("project").orElse(null),
                request.queryParameter("scope").filter(s -> !s.trim().isEmpty())
                        .map(SessionScope::fromLabel).orElse(null));
        // Viewing needs no kick role (see the class comment), so viewers list as the gateway.
        Caller lister = policy.permits(caller) ? caller : Caller.gateway();
        JsonWriter json = new JsonWriter().beginObject()
                .name("now").value(clock.instant().toString())
                .name("sessions");
        DatasetJson.writeRows(operations.apply(lister).listSessions(filter), json);
        return json.endObject().toString();
    }

    private String kickSession(WebRequest request, Caller caller) {
        policy.require(caller, "kick sessions");
        String sessionId = request.pathParameter("id").orElseThrow(() ->
                new IllegalArgumentException("The session id is missing from the path"));
        KickOptions options = KickRequestBody.parse(request.body());
        JsonWriter json = new JsonWriter().beginObject().name("outcomes");
        DatasetJson.writeRows(operations.apply(caller).kick(sessionId, options), json);
        return json.endObject().toString();
    }

    private String kickUser(WebRequest request, Caller caller) {
        policy.require(caller, "kick sessions");
        String user = request.pathParameter("user").orElseThrow(() ->
                new IllegalArgumentException("The user name is missing from the path"));
        KickOptions options = KickRequestBody.parse(request.body());
        JsonWriter json = new JsonWriter().beginObject().name("outcomes");
        DatasetJson.writeRows(operations.apply(caller).kickUser(user, options, null), json);
        return json.endObject().toString();
    }

    private String history(WebRequest request, Caller caller) {
        int limit = request.queryParameter("limit").map(SessionWebApi::parseLimit)
                .orElse(DEFAULT_HISTORY_LIMIT);
        JsonWriter json = new JsonWriter().beginObject().name("orders");
        DatasetJson.writeRows(operations.apply(caller).history(limit), json);
        return json.endObject().toString();
    }

    private static int parseLimit(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("limit must be a whole number such as 50, not '"
                    + text + "'", notNumber);
        }
    }

    private String csrfToken(WebRequest request) {
        String sessionId = request.webSessionId().orElseThrow(() -> new WebRefusal(403,
                "LOGIN_REQUIRED", "This browser has no web session with the gateway; log in"
                + " to the gateway webpage again"));
        return new JsonWriter().beginObject()
                .name("header").value(CSRF_HEADER)
                .name("token").value(tokens.tokenFor(sessionId))
                .endObject().toString();
    }

    private String whoAmI(WebUser user, Caller caller) {
        boolean mayKick = policy.permits(caller);
        JsonWriter json = new JsonWriter().beginObject()
                .name("user").value(user.name())
                .name("roles").beginArray();
        user.roles().forEach(json::value);
        json.endArray()
                .name("mayKick").value(mayKick)
                .name("kickRoles").beginArray();
        policy.kickRoles().forEach(json::value);
        return json.endArray()
                .name("features").beginObject()
                .name("kickUser").value(mayKick)
                .name("history").value(mayKick)
                .endObject()
                .endObject().toString();
    }

    private static Caller callerFor(WebUser user) {
        return Caller.of(user.name(), WEB_CALLER_SESSION, user.roles());
    }

    private static int statusOf(SessionControlException.Kind kind) {
        switch (kind) {
            case NOT_FOUND:
                return 404;
            case NOT_KICKABLE:
                return 409;
            case DENIED:
                return 403;
            case RATE_LIMITED:
                return 429;
            default:
                return 400;
        }
    }

    @Override
    public String toString() {
        return "SessionWebApi{" + policy + "}";
    }
}
