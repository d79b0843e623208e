package dev.sessioncontrol.gateway.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request to the Session Control web routes, as a web server adapter read it: the method,
 * the path below the module's data root, path and query parameters, headers, the body, and what
 * the server knows of the browser: the logged-in web user and the web session's id.
 *
 * <p>Build one with {@link #builder(String, String)}:
 *
 * <pre>{@code
 * WebRequest request = WebRequest.builder("POST", "sessions/1a2b/kick")
 *         .header("Content-Type", "application/json")
 *         .header(SessionWebApi.CSRF_HEADER, token)
 *         .body("{\"reason\":\"Maintenance\",\"graceSeconds\":30}")
 *         .user(WebUser.of("admin", roles))
 *         .webSessionId(servletSessionId)
 *         .build();
 * }</pre>
 *
 * <p>Security note: {@link #toString()} shows neither headers nor the web session id, which
 * carry cookies and tokens.
 */
public final class WebRequest {
    private final String method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final Map<String, String> queryParameters;
    private final Map<String, String> headers;
    private final String body;
    private final WebUser user;
    private final String webSessionId;

    private WebRequest(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(
                builder.pathParameters));
        this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(
                builder.queryParameters));
        Map<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(builder.headers);
        this.headers = Collections.unmodifiableMap(caseless);
        this.body = builder.body;
        this.user = builder.user;
        this.webSessionId = builder.webSessionId;
    }

    /**
     * Starts a request.
     *
     * @param method the HTTP method, e.g. "GET"
     * @param path the path below the module's data root, e.g. "sessions"; percent-encoded as
     *     it arrived, with or without a leading slash
     * @return a builder
     */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /** Returns the HTTP method in upper case. */
    public String method() {
        return method;
    }

    /** Returns the path below the module's data root, without leading or trailing slash. */
    public String path() {
        return path;
    }

    /**
     * Returns a path parameter that the web server extracted, e.g. {@code id}.
     *
     * @param name the parameter's name in the route pattern
     * @return its decoded value, if set
     */
    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    /** Returns the path parameters that the web server extracted, if any. */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    /**
     * Returns a query parameter.
     *
     * @param name the parameter name
     * @return its decoded value, if present
     */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(queryParameters.get(name));
    }

    /**
     * Returns a header, looked up without regard to case.
     *
     * @param name the header name
     * @return its value, if present
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Returns the body as text; empty when there is none. */
    public String body() {
        return body;
    }

    /** Returns the logged-in web user, if the web server knows one. */
    public Optional<WebUser> user() {
        return Optional.ofNullable(user);
    }

    /** Returns the web session's id, which the CSRF token is bound to, if there is a session. */
    public Optional<String> webSessionId() {
        return Optional.ofNullable(webSessionId);
    }

    /**
     * Returns a copy of this request with the given path parameters, for servers that match
     * routes themselves.
     *
     * @param parameters decoded path parameters by name
     * @return the copy
     */
    WebRequest withPathParameters(Map<String, String> parameters) {
        Builder copy = new Builder(method, path);
        copy.pathParameters.putAll(parameters);
        copy.queryParameters.putAll(queryParameters);
        copy.headers.putAll(headers);
        copy.body = body;
        copy.user = user;
        copy.webSessionId = webSessionId;
        return copy.build();
    }

    @Override
    public String toString() {
        return "WebRequest{" + method + " " + path + ", user="
                + (user == null ? "none" : user.name()) + "}";
    }

    /** Collects the parts of a request. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, String> pathParameters = new LinkedHashMap<>();
        private final Map<String, String> queryParameters = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String body = "";
        private WebUser user;
        private String webSessionId;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method, "method").trim()
                    .toUpperCase(Locale.ROOT);
            this.path = trimSlashes(Objects.requireNonNull(path, "path").trim());
        }

        /**
         * Sets a path parameter, as a server that mounted the route's pattern extracted it.
         *
         * @param name the parameter's name in the pattern, e.g. "id"
         * @param value its decoded value
         * @return this builder
         */
        public Builder pathParameter(String name, String value) {
            pathParameters.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets a query parameter; the first value of a repeated parameter is the one to keep.
         *
         * @param name the parameter name
         * @param value its decoded value
         * @return this builder
         */
        public Builder queryParameter(String name, String value) {
            queryParameters.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds the parameters of a raw query string, decoded as UTF-8; the first value of a
         * repeated name is kept, and undecodable pairs are left out.
         *
         * @param rawQuery the query, percent-encoded, without '?'; null means none
         * @return this builder
         */
        public Builder query(String rawQuery) {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return this;
            }
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                Optional<String> name = decode(equals < 0 ? pair : pair.substring(0, equals));
                Optional<String> value = decode(equals < 0 ? "" : pair.substring(equals + 1));
                if (name.isPresent() && !name.get().isEmpty() && value.isPresent()) {
                    queryParameters.putIfAbsent(name.get(), value.get());
                }
            }
            return this;
        }

        /**
         * Sets a header.
         *
         * @param name the header name, any case
         * @param value its value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"),
                    Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the body.
         *
         * @param text the body as text; null means none
         * @return this builder
         */
        public Builder body(String text) {
            this.body = text == null ? "" : text;
            return this;
        }

        /**
         * Sets the logged-in web user.
         *
         * @param webUser the user, or null when nobody is logged in
         * @return this builder
         */
        public Builder user(WebUser webUser) {
            this.user = webUser;
            return this;
        }

        /**
         * Sets the web session's id.
         *
         * @param id the id of the browser's session with the web server, or null if none
         * @return this builder
         */
        public Builder webSessionId(String id) {
            this.webSessionId = id == null || id.isEmpty() ? null : id;
            return this;
        }

        /** Returns the request. */
        public WebRequest build() {
            return new WebRequest(this);
        }

        private static Optional<String> decode(String text) {
            try {
                return Optional.of(URLDecoder.decode(text, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }

        private static String trimSlashes(String path) {
            int start = 0;
            int end = path.length();
            while (start < end && path.charAt(start) == '/') {
                start++;
            }
            while (end > start && path.charAt(end - 1) == '/') {
                end--;
            }
            return path.substring(start, end);
        }
    }
}
