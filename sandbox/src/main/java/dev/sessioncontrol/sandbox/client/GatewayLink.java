package dev.sessioncontrol.sandbox.client;

import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import dev.sessioncontrol.sandbox.wire.GatewayPaths;
import dev.sessioncontrol.sandbox.wire.LoginReply;
import dev.sessioncontrol.sandbox.wire.PushBatch;
import dev.sessioncontrol.sandbox.wire.RpcCall;
import dev.sessioncontrol.sandbox.wire.RpcReply;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * A simulated client's HTTP connection to the sandbox gateway, after login: RPC calls, push
 * polls and logout, each presenting the session's secret id.
 *
 * <p>Security note: the secret id is a credential; {@link #toString()} shows the public id only.
 */
final class GatewayLink {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LOGOUT_TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http;
    private final URI base;
    private final LoginReply login;

    private GatewayLink(HttpClient http, URI base, LoginReply login) {
        this.http = http;
        this.base = base;
        this.login = login;
    }

    /**
     * Logs in and returns the link of the new session.
     *
     * @param base the gateway's base address
     * @param identity who logs in
     * @return the link
     * @throws IOException if the gateway cannot be reached or refuses the login
     */
    static GatewayLink login(URI base, ClientIdentity identity) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(GatewayPaths.LOGIN))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", GatewayPaths.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WireCodec.encode(identity)))
                .build();
        LoginReply reply = exchange(http, request, LoginReply.class);
        return new GatewayLink(http, base, reply);
    }

    /** Returns the session's public id. */
    String publicId() {
        return login.publicId();
    }

    /** Returns the gateway's base address. */
    URI base() {
        return base;
    }

    /**
     * Sends one RPC call and returns the gateway's reply.
     *
     * @param call the call
     * @return the reply, holding the result or the gateway's exception
     * @throws IOException if the gateway cannot be reached or the session has ended
     */
    RpcReply call(RpcCall call) throws IOException {
        HttpRequest request = authorized(GatewayPaths.RPC, CALL_TIMEOUT)
                .header("Content-Type", GatewayPaths.CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(WireCodec.encode(call)))
                .build();
        return exchange(http, request, RpcReply.class);
    }

    /**
     * Waits for the session's next push notifications.
     *
     * @return the notifications; empty when the gateway's wait ran out
     * @throws SessionEndedException if the gateway no longer knows the session
     * @throws IOException if the gateway cannot be reached
     */
    PushBatch poll() throws IOException {
        HttpRequest request = authorized(GatewayPaths.PUSH, POLL_TIMEOUT).GET().build();
        return exchange(http, request, PushBatch.class);
    }

    /** Ends the session on the gateway; failures are ignored, as the session expires anyway. */
    void logout() {
        HttpRequest request = authorized(GatewayPaths.LOGOUT, LOGOUT_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            // The gateway may be gone already; the session then ends with it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "GatewayLink{" + base + ", session " + login.publicId() + "}";
    }

    private HttpRequest.Builder authorized(String path, Duration timeout) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(timeout)
                .header(GatewayPaths.SESSION_HEADER, login.secretId());
    }

    private static <T extends Serializable> T exchange(HttpClient http, HttpRequest request,
            Class<T> expected) throws IOException {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while talking to the gateway");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 401) {
                throw new SessionEndedException("The gateway no longer knows this session");
            }
            if (response.statusCode() != 200) {
                throw new IOException("The gateway answered " + response.statusCode() + " to "
                        + request.method() + " " + request.uri().getPath());
            }
            try {
                return WireCodec.decode(body, expected);
            } catch (ObjectStreamException refused) {
                throw new UnreadableReplyException("The gateway's answer to " + request.method()
                        + " " + request.uri().getPath() + " was refused: "
                        + refused.getMessage(), refused);
            }
        }
    }

    /** The gateway answered, but the client's wire refused what it sent. */
    static final class UnreadableReplyException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableReplyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The gateway answered that the session does not exist (any more). */
    static final class SessionEndedException extends IOException {
        private static final long serialVersionUID = 1L;

        SessionEndedException(String message) {
            super(message);
        }
    }
}
