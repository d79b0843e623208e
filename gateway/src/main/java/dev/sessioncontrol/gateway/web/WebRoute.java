package dev.sessioncontrol.gateway.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of the Session Control web API, below the module's data root
 * ({@code /data/dev.sessioncontrol/} on an 8.1 gateway). Patterns name path parameters with a
 * leading colon, as Ignition's route groups do. A new operation is a new constant here and a
 * handler in {@link SessionWebApi}.
 */
public enum WebRoute {
    /** Lists sessions; query parameters {@code user}, {@code project}, {@code scope}. */
    LIST_SESSIONS("GET", "sessions"),
    /** Kicks one session; JSON body with {@code reason}, {@code graceSeconds}, {@code force}. */
    KICK_SESSION("POST", "sessions/:id/kick"),
    /** Kicks every client session of one user; the same body as {@link #KICK_SESSION}. */
    KICK_USER("POST", "users/:user/kick"),
    /** Lists the most recent terminate orders; query parameter {@code limit}. */
    HISTORY("GET", "history"),
    /** Returns the CSRF token of the caller's web session. */
    CSRF_TOKEN("GET", "csrf"),
    /** Tells who the caller is and whether they may kick. */
    WHO_AM_I("GET", "me");

    private final String method;
    private final String pattern;
    private final String[] segments;

    WebRoute(String method, String pattern) {
        this.method = method;
        this.pattern = pattern;
        this.segments = pattern.split("/");
    }

    /** Returns the HTTP method, "GET" or "POST". */
    public String method() {
        return method;
    }

    /** Returns the path pattern, e.g. {@code sessions/:id/kick}. */
    public String pattern() {
        return pattern;
    }

    /** Returns the names of the path parameters, e.g. {@code id}, in pattern order. */
    List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (String segment : segments) {
            if (segment.startsWith(":")) {
                names.add(segment.substring(1));
            }
        }
        return names;
    }

    /** Tells whether the route changes state, so that it needs the CSRF defences. */
    public boolean isAction() {
        return "POST".equals(method);
    }

    /**
     * Matches a request path against this route's pattern.
     *
     * @param rawPath the path below the data root, percent-encoded, without leading slash
     * @return the decoded path parameters, or empty if the path does not match
     */
    Optional<Map<String, String>> match(String rawPath) {
        String[] parts = rawPath.split("/", -1);
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (segments[i].startsWith(":")) {
                Optional<String> value = decode(parts[i]);
                if (!value.isPresent() || value.get().isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segments[i].substring(1), value.get());
            } else if (!segments[i].equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Collections.unmodifiableMap(parameters));
    }

    private static Optional<String> decode(String segment) {
        try {
            // URLDecoder would turn '+' into a space, which is only right in query strings.
            String plusKept = segment.replace("+", "%2B");
            return Optional.of(URLDecoder.decode(plusKept, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
