package dev.sessioncontrol.sandbox.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-driven HTTP client for the sandbox web server: logs in as a sandbox web user, keeps the
 * cookie, and sends requests with exactly the headers a test chooses, as a forger would.
 */
final class WebClient {
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;
    private final String cookie;

    private WebClient(URI base, String cookie) {
        this.base = base;
        this.cookie = cookie;
    }

    static WebClient loggedIn(SandboxWebServer web, String user) throws IOException {
        HttpResponse<String> login = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(
                web.loginUri(user)).GET().build());
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow(() ->
                new IllegalStateException("Login as " + user + " set no cookie: "
                        + login.statusCode()));
        return new WebClient(web.baseUri(), setCookie.substring(0, setCookie.indexOf(';')));
    }

    String csrfToken() throws IOException {
        HttpResponse<String> response = get("csrf");
        Matcher token = TOKEN.matcher(response.body());
        if (!token.find()) {
            throw new IllegalStateException("No token in " + response.body());
        }
        return token.group(1);
    }

    HttpResponse<String> get(String route) throws IOException {
        return send(http, HttpRequest.newBuilder(uri(route)).header("Cookie", cookie).GET()
                .build());
    }

    /** Starts a POST carrying this user's cookie and nothing else. */
    HttpRequest.Builder post(String route, String body) {
        return HttpRequest.newBuilder(uri(route)).header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        return send(http, request.build());
    }

    private URI uri(String route) {
        return base.resolve(SandboxWebServer.DATA_ROOT + route);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for " + request.uri(), e);
        }
    }
}
