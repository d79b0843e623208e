package dev.sessioncontrol.sandbox.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import dev.sessioncontrol.gateway.web.WebRequest;
import dev.sessioncontrol.gateway.web.WebResponse;
import dev.sessioncontrol.sandbox.platform.RequestTimeouts;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's stand-in for the gateway webpage: serves the Session Control web API under
 * {@code /data/dev.sessioncontrol/} and the status page's files under
 * {@code /res/dev.sessioncontrol/}, as an 8.1 gateway does, on 127.0.0.1 only.
 *
 * <p>Log in as {@code /sandbox/web-login?user=admin} (role Administrator, may kick) or
 * {@code ?user=viewer} (no role, may only view); the login sets a cookie and opens the page.
 *
 * <pre>{@code
 * try (SandboxWebServer web = SandboxWebServer.start(webApi, 0)) {
 *     System.out.println("Status page: " + web.loginUri("admin"));
 * }
 * }</pre>
 */
public final class SandboxWebServer implements AutoCloseable {
    /** Where the data routes live, as on an 8.1 gateway. */
    public static final String DATA_ROOT = "/data/" + SessionControlModule.MODULE_ID + "/";
    /** Where the mounted files live, as on an 8.1 gateway. */
    public static final String RESOURCE_ROOT = "/res/" + SessionControlModule.MODULE_ID + "/";
    /** The status page. */
    public static final String PAGE = RESOURCE_ROOT + "status.html";
    /** The sandbox login. */
    public static final String LOGIN = "/sandbox/web-login";

    private static final Logger log = LoggerFactory.getLogger(SandboxWebServer.class);
    /** Enough that a few slow callers leave the page usable until their requests time out. */
    private static final int THREADS = 16;
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'self'; form-action 'self'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final SessionWebApi api;
    private final SandboxWebLogins logins = new SandboxWebLogins(new SecureRandom());
    private final MountedFiles files = new MountedFiles(SandboxWebServer.class.getClassLoader());

    private SandboxWebServer(HttpServer server, ExecutorService executor, SessionWebApi api) {
        this.server = server;
        this.executor = executor;
        this.api = api;
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param api the web API over the sandbox gateway's sessions
     * @param port the port, or 0 for any free port
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static SandboxWebServer start(SessionWebApi api, int port) throws IOException {
        Objects.requireNonNull(api, "api");
        RequestTimeouts.apply();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-web");
            thread.setDaemon(true);
            return thread;
        });
        SandboxWebServer web = new SandboxWebServer(server, executor, api);
        server.createContext(DATA_ROOT, web::serveData);
        server.createContext(RESOURCE_ROOT, web::serveFile);
        server.createContext(LOGIN, web::logIn);
        server.createContext("/", web::serveRoot);
        server.setExecutor(executor);
        server.start();
        log.info("Sandbox web server: log in at {}", web.loginUri("admin"));
        return web;
    }

    /** Returns the server's base address, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Returns the status page's address. */
    public URI pageUri() {
        return baseUri().resolve(PAGE);
    }

    /**
     * Returns the address that logs a web user in and opens the status page.
     *
     * @param user "admin" or "viewer"
     * @return the login address
     */
    public URI loginUri(String user) {
        return baseUri().resolve(LOGIN + "?user=" + user);
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serveData(HttpExchange exchange) throws IOException {
        try (exchange) {
            Optional<WebRequest> request = ExchangeRequests.read(exchange, DATA_ROOT, logins,
                    SessionWebApi.MAX_BODY_BYTES);
            WebResponse response = request.map(api::handle)
                    .orElseGet(api::refuseOversizedBody);
            sendJson(exchange, response.status(), response.body());
        }
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(RESOURCE_ROOT.length());
            Optional<MountedFiles.File> file = "GET".equals(exchange.getRequestMethod())
                    ? files.read(name) : Optional.empty();
            if (file.isEmpty()) {
                sendText(exchange, 404, "No such file");
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", file.get().contentType());
            exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, file.get().bytes());
        }
    }

    private void logIn(HttpExchange exchange) throws IOException {
        try (exchange) {
            String user = ExchangeRequests.query(exchange.getRequestURI().getRawQuery())
                    .getOrDefault("user", "");
            Optional<String> session = logins.logIn(user);
            if (session.isEmpty()) {
                sendText(exchange, 404, "No sandbox web user '" + user + "'; use one of "
                        + SandboxWebLogins.userNames());
                return;
            }
            exchange.getResponseHeaders().add("Set-Cookie", SandboxWebLogins.COOKIE + "="
                    + session.get() + "; Path=/; HttpOnly; SameSite=Strict");
            exchange.getResponseHeaders().set("Location", PAGE);
            send(exchange, 303, new byte[0]);
        }
    }

    private void serveRoot(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"/".equals(exchange.getRequestURI().getPath())) {
                sendText(exchange, 404, "Not found; the status page is at " + PAGE);
                return;
            }
            exchange.getResponseHeaders().set("Location", PAGE);
            send(exchange, 303, new byte[0]);
        }
    }

    private static void sendJson(HttpExchange exchange, int status, String json)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", WebResponse.CONTENT_TYPE);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendText(HttpExchange exchange, int status, String text)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        send(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
