package dev.sessioncontrol.sandbox.gateway;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessioncontrol.sandbox.platform.RequestTimeouts;
import dev.sessioncontrol.sandbox.platform.SandboxSession;
import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import dev.sessioncontrol.sandbox.wire.GatewayPaths;
import dev.sessioncontrol.sandbox.wire.LoginReply;
import dev.sessioncontrol.sandbox.wire.PushBatch;
import dev.sessioncontrol.sandbox.wire.RpcCall;
import dev.sessioncontrol.sandbox.wire.RpcReply;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox gateway's side of the client connection, over HTTP on 127.0.0.1 only: login,
 * RPC to the module's handler, long-polled push notifications, and logout. Sessions whose
 * client stops polling expire, so a dead client leaves the session list as it does in
 * Ignition.
 *
 * <p>Every request after login names its session by the secret id in the
 * {@value GatewayPaths#SESSION_HEADER} header; the public id is never accepted as a credential.
 * Bodies are Java-serialized through {@link WireCodec}, with its allow-list and size limit.
 *
 * <p>Limitation: there are no passwords. Anyone on this machine can log in as any user with any
 * roles; that is what a sandbox is for, and why it listens on loopback only.
 */
public final class GatewayHttpServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayHttpServer.class);
    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService expiry;
    private final SandboxGateway gateway;
    private final RpcDispatcher dispatcher;
    private final Duration pollWait;

    private GatewayHttpServer(HttpServer server, ExecutorService workers,
            ScheduledExecutorService expiry, SandboxGateway gateway,
            AcknowledgementLog acknowledgements, Duration pollWait) {
        this.server = server;
        this.workers = workers;
        this.expiry = expiry;
        this.gateway = gateway;
        this.dispatcher = new RpcDispatcher(gateway, acknowledgements);
        this.pollWait = pollWait;
    }

    /**
     * Starts serving on 127.0.0.1.
     *
     * @param gateway the running gateway hook and its sessions
     * @param acknowledgements where acknowledgements that pass are recorded
     * @param port the port; 0 for any free port
     * @param pollWait how long a push poll waits for a notification before it answers empty
     * @param expireAfter how long a session may go without contact before it ends
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static GatewayHttpServer start(SandboxGateway gateway,
            AcknowledgementLog acknowledgements, int port, Duration pollWait,
            Duration expireAfter) throws IOException {
        Objects.requireNonNull(gateway, "gateway");
        if (pollWait.isNegative() || pollWait.isZero() || pollWait.compareTo(expireAfter) >= 0) {
            throw new IllegalArgumentException("The poll wait (" + pollWait.toMillis()
                    + " ms) must be positive and shorter than the expiry (" + expireAfter.toMillis()
                    + " ms), or polling clients would expire");
        }
        RequestTimeouts.apply();
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port);
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("sandbox-http"));
        ScheduledExecutorService expiry = Executors.newSingleThreadScheduledExecutor(
                daemonThreads("sandbox-expiry"));
        GatewayHttpServer running = new GatewayHttpServer(server, workers, expiry, gateway,
                acknowledgements, pollWait);
        server.setExecutor(workers);
        server.createContext("/", running::route);
        expiry.scheduleWithFixedDelay(() -> expireIdle(gateway, expireAfter), 1, 1,
                TimeUnit.SECONDS);
        server.start();
        log.info("Sandbox gateway listening on {}", running.uri());
        return running;
    }

    /** Returns the base address clients connect to, for example http://127.0.0.1:8088/. */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://127.0.0.1:" + bound.getPort() + "/");
    }

    /** Stops serving; open long polls are cut off. */
    @Override
    public void close() {
        expiry.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
    }

    private static void expireIdle(SandboxGateway gateway, Duration expireAfter) {
        try {
            gateway.sessions().expireIdle(expireAfter);
        } catch (RuntimeException e) {
            // A failure must not end the schedule, or dead clients would stay listed for good.
            log.error("Expiring idle sandbox sessions failed; trying again in a second", e);
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            switch (path) {
                case GatewayPaths.LOGIN -> requireMethod(exchange, method, "POST",
                        this::login);
                case GatewayPaths.RPC -> requireMethod(exchange, method, "POST", this::rpc);
                case GatewayPaths.PUSH -> requireMethod(exchange, method, "GET", this::push);
                case GatewayPaths.LOGOUT -> requireMethod(exchange, method, "POST",
                        this::logout);
                default -> sendEmpty(exchange, 404);
            }
        } catch (IOException e) {
            // The client went away mid-request, as a stopping client does; nothing to do.
            log.debug("Request {} {} broke off: {}", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e.toString());
        } catch (RuntimeException e) {
            log.error("Request {} {} failed in the sandbox gateway", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), e);
        }
    }

    private void login(HttpExchange exchange) throws IOException {
        ClientIdentity identity;
        try {
            identity = WireCodec.decode(exchange.getRequestBody(), ClientIdentity.class);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("A login from {} was refused: {}", remoteAddress(exchange), e.getMessage());
            sendEmpty(exchange, 400);
            return;
        }
        String address = remoteAddress(exchange);
        SandboxSession session;
        try {
            session = gateway.sessions().open(identity, address);
        } catch (IllegalStateException full) {
            sendEmpty(exchange, 503);
            return;
        }
        send(exchange, 200, new LoginReply(session.secretId(), session.getPublicId()));
    }

    private void rpc(HttpExchange exchange) throws IOException {
        Optional<SandboxSession> caller = callerOf(exchange);
        if (caller.isEmpty()) {
            sendEmpty(exchange, 401);
            return;
        }
        RpcCall call;
        try {
            call = WireCodec.decode(exchange.getRequestBody(), RpcCall.class);
        } catch (IOException e) {
            send(exchange, 400, RpcReply.failure(new IllegalArgumentException(
                    "Unreadable RPC call: " + e.getMessage())));
            return;
        }
        SandboxSession session = caller.get();
        RpcReply reply;
        try {
            session.touch();
            Object project = session.getAttribute(ClientReqSession.SESSION_PROJECT_NAME);
            reply = dispatcher.dispatch(session, project == null ? "" : project.toString(), call);
        } catch (IllegalStateException ended) {
            sendEmpty(exchange, 401);
            return;
        }
        try {
            send(exchange, 200, reply);
        } catch (IllegalArgumentException unsendable) {
            send(exchange, 200, RpcReply.failure(new IllegalStateException("The gateway's"
                    + " answer to " + call.methodName() + " could not be sent: "
                    + unsendable.getMessage())));
        }
    }

    private void push(HttpExchange exchange) throws IOException {
        Optional<SandboxSession> caller = callerOf(exchange);
        if (caller.isEmpty()) {
            sendEmpty(exchange, 401);
            return;
        }
        List<PushNotification> notifications;
        try {
            notifications = caller.get().awaitNotifications(pollWait,
                    PushBatch.MAX_NOTIFICATIONS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sendEmpty(exchange, 503);
            return;
        }
        if (!caller.get().isValid()) {
            sendEmpty(exchange, 401);
            return;
        }
        send(exchange, 200, NotificationPacker.pack(caller.get().getPublicId(), notifications));
    }

    private void logout(HttpExchange exchange) throws IOException {
        Optional<SandboxSession> caller = callerOf(exchange);
        if (caller.isPresent()) {
            try {
                caller.get().invalidate();
            } catch (IllegalStateException alreadyEnded) {
                log.debug("Session {} had ended before its logout", caller.get().getPublicId());
            }
        }
        sendEmpty(exchange, 204);
    }

    private static String remoteAddress(HttpExchange exchange) {
        return exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    private Optional<SandboxSession> callerOf(HttpExchange exchange) {
        String secret = exchange.getRequestHeaders().getFirst(GatewayPaths.SESSION_HEADER);
        return gateway.sessions().findBySecret(secret);
    }

    private static void requireMethod(HttpExchange exchange, String actual, String expected,
            ExchangeHandler handler) throws IOException {
        if (!expected.equals(actual)) {
            exchange.getResponseHeaders().set("Allow", expected);
            sendEmpty(exchange, 405);
            return;
        }
        handler.handle(exchange);
    }

    private static void send(HttpExchange exchange, int status, Serializable body)
            throws IOException {
        byte[] bytes = WireCodec.encode(body);
        exchange.getResponseHeaders().set("Content-Type", GatewayPaths.CONTENT_TYPE);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sendEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @FunctionalInterface
    private interface ExchangeHandler {
        void handle(HttpExchange exchange) throws IOException;
    }
}
