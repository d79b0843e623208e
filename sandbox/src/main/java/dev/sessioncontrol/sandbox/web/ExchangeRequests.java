package dev.sessioncontrol.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import dev.sessioncontrol.gateway.web.WebRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an HTTP exchange of the JDK server into the web API's request value. */
final class ExchangeRequests {
    private ExchangeRequests() {
    }

    /**
     * Reads an exchange.
     *
     * @param exchange the exchange, its path under {@code dataRoot}
     * @param dataRoot the path prefix of the data routes, e.g. {@code /data/dev.sessioncontrol/}
     * @param logins the sandbox's web sessions
     * @param maxBodyBytes the most body bytes read
     * @return the request, or empty if the body is larger than the limit
     * @throws IOException if the body cannot be read
     */
    static Optional<WebRequest> read(HttpExchange exchange, String dataRoot,
            SandboxWebLogins logins, int maxBodyBytes) throws IOException {
        Optional<String> body = readBody(exchange.getRequestBody(), maxBodyBytes);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String rawPath = exchange.getRequestURI().getRawPath().substring(dataRoot.length());
        WebRequest.Builder request = WebRequest.builder(exchange.getRequestMethod(), rawPath)
                .body(body.get());
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                request.header(name, values.get(0));
            }
        });
        request.query(exchange.getRequestURI().getRawQuery());
        Optional<String> webSession = cookie(exchange, SandboxWebLogins.COOKIE);
        webSession.flatMap(logins::userOf).ifPresent(user -> {
            request.user(user);
            request.webSessionId(webSession.get());
        });
        return Optional.of(request.build());
    }

    /**
     * Returns a cookie's value.
     *
     * @param exchange the exchange
     * @param name the cookie name
     * @return its value, if the browser sent it
     */
    static Optional<String> cookie(HttpExchange exchange, String name) {
        List<String> headers = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : headers) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && pair.substring(0, equals).trim().equals(name)) {
                    return Optional.of(pair.substring(equals + 1).trim());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes a raw query string into its first value per name.
     *
     * @param rawQuery the query, percent-encoded, or null
     * @return the parameters
     */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    private static Optional<String> readBody(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            out.write(buffer, 0, read);
            if (out.size() > maxBytes) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString(StandardCharsets.UTF_8));
    }
}
