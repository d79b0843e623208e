package dev.sessioncontrol.sandbox.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.common.rpc.Registration;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import dev.sessioncontrol.sandbox.platform.RequestTimeouts;
import dev.sessioncontrol.sandbox.platform.SandboxSession;
import dev.sessioncontrol.sandbox.wire.ClientIdentity;
import dev.sessioncontrol.sandbox.wire.GatewayPaths;
import dev.sessioncontrol.sandbox.wire.LoginReply;
import dev.sessioncontrol.sandbox.wire.NestedSets;
import dev.sessioncontrol.sandbox.wire.PushBatch;
import dev.sessioncontrol.sandbox.wire.RpcCall;
import dev.sessioncontrol.sandbox.wire.RpcReply;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox gateway's HTTP side, spoken to directly, without a simulated client. */
class GatewayHttpServerTest {
    private static final Duration POLL_WAIT = Duration.ofMillis(500);
    private static final Duration EXPIRE_AFTER = Duration.ofSeconds(10);

    private final SteppingClock clock = new SteppingClock(Instant.parse("2025-03-04T08:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private SandboxGateway gateway;
    private GatewayHttpServer server;

    @BeforeEach
    void start() throws IOException {
        gateway = SandboxGateway.start(clock);
        server = GatewayHttpServer.start(gateway, new AcknowledgementLog(clock), 0, POLL_WAIT,
                EXPIRE_AFTER);
    }

    @AfterEach
    void stop() {
        server.close();
        gateway.close();
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void loginOpensASessionWithTheConnectionsAddressAndSeparateIds() throws Exception {
        LoginReply login = login("alice");

        SandboxSession session = gateway.sessions().findByPublicId(login.publicId()).get();
        assertThat(session.getAttribute(ClientReqSession.SESSION_REMOTE_ADDR))
                .isEqualTo("127.0.0.1");
        assertThat(session.getAttribute(ClientReqSession.SESSION_REMOTE_HOST))
                .isEqualTo("ws-alice");
        assertThat(login.publicId()).matches("[0-9A-F]{8}");
        assertThat(login.secretId()).isNotEqualTo(login.publicId()).hasSizeGreaterThan(40);
    }

    @Test
    void loginRefusesNestedSetsAtOnceAndStaysAvailable() {
        HttpRequest bomb = HttpRequest.newBuilder(server.uri().resolve(GatewayPaths.LOGIN))
                .POST(HttpRequest.BodyPublishers.ofByteArray(NestedSets.bomb(29))).build();

        int status = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> send(bomb).statusCode());

        assertThat(status).isEqualTo(400);
        assertThat(gateway.sessions().sessions()).isEmpty();
    }

    @Test
    void cutsOffALoginWhoseBodyNeverComes() throws IOException {
        boolean closedByServer;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                server.uri().getPort())) {
            socket.setSoTimeout((RequestTimeouts.MAX_REQUEST_SECONDS + 10) * 1000);
            socket.getOutputStream().write(("POST " + GatewayPaths.LOGIN + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nContent-Length: 100\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().readAllBytes();
            closedByServer = true;
        } catch (SocketTimeoutException stillOpen) {
            closedByServer = false;
        } catch (SocketException reset) {
            closedByServer = true;
        }

        assertThat(closedByServer).isTrue();
        assertThat(gateway.sessions().sessions()).isEmpty();
    }

    @Test
    void registerOverRpcIssuesTheCallersOwnRegistration() throws Exception {
        LoginReply login = login("alice");

        RpcReply reply = rpc(login.secretId(), rpcCall("register"));

        assertThat(reply.isFailure()).isFalse();
        assertThat(((Registration) reply.value()).sessionId()).isEqualTo(login.publicId());
    }

    @Test
    void refusesMethodsThatAreNotPartOfTheRpcInterface() throws Exception {
        LoginReply login = login("alice");

        RpcReply reply = rpc(login.secretId(),
                new RpcCall("getClass", List.of(), List.of()));

        assertThat(reply.failure()).isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("getClass()");
    }

    @Test
    void refusesAnRpcCallWithThePublicIdAsCredential() throws Exception {
        LoginReply login = login("alice");

        int status = post(GatewayPaths.RPC, login.publicId(), rpcCall("register")).statusCode();

        assertThat(status).isEqualTo(401);
        assertThat(gateway.sessions().findByPublicId(login.publicId()).get()
                .getAttribute(ClientReqSession.SESSION_USERNAME)).isEqualTo("alice");
    }

    @Test
    void pushPollReturnsWhatWasQueuedForThatSessionOnly() throws Exception {
        LoginReply alice = login("alice");
        LoginReply bob = login("bob");
        gateway.sessions().findByPublicId(bob.publicId()).get().addNotification(
                SessionControlModule.MODULE_ID, SessionControlModule.TERMINATE_MESSAGE_TYPE,
                "v1.token");

        PushBatch forBob = poll(bob.secretId());
        PushBatch forAlice = poll(alice.secretId());

        assertThat(messagesOf(forBob)).containsExactly("v1.token");
        assertThat(forAlice.notifications()).isEmpty();
    }

    @Test
    void oneUnsendableNotificationCostsOnlyItselfNotTheOrdersQueuedWithIt() throws Exception {
        LoginReply bob = login("bob");
        SandboxSession session = gateway.sessions().findByPublicId(bob.publicId()).get();
        ArrayList<Object> unserializable = new ArrayList<>(List.of(new Object()));
        queue(session, "v1.first");
        queue(session, unserializable);
        queue(session, "x".repeat(4 * 1024 * 1024));
        queue(session, "x".repeat(PushBatch.MAX_NOTIFICATION_BYTES));
        queue(session, "v1.second");

        PushBatch batch = poll(bob.secretId());

        assertThat(messagesOf(batch)).containsExactly("v1.first", "v1.second");
    }

    @Test
    void aFullQueueIsDeliveredOverSeveralPollsWithNothingLost() throws Exception {
        LoginReply bob = login("bob");
        SandboxSession session = gateway.sessions().findByPublicId(bob.publicId()).get();
        String token = "v1." + "t".repeat(4000);
        for (int i = 0; i < SandboxSession.MAX_QUEUED_NOTIFICATIONS; i++) {
            queue(session, token + i);
        }

        List<Object> received = new ArrayList<>();
        for (int poll = 0; poll < 5 && received.size() < SandboxSession.MAX_QUEUED_NOTIFICATIONS;
                poll++) {
            received.addAll(messagesOf(poll(bob.secretId())));
        }

        assertThat(received).hasSize(SandboxSession.MAX_QUEUED_NOTIFICATIONS)
                .startsWith(token + 0).endsWith(token + 255);
    }

    @Test
    void logoutEndsTheSessionAndItsCredential() throws Exception {
        LoginReply login = login("alice");

        post(GatewayPaths.LOGOUT, login.secretId(), null);

        assertThat(gateway.sessions().findByPublicId(login.publicId())).isEmpty();
        assertThat(send(HttpRequest.newBuilder(server.uri().resolve(GatewayPaths.PUSH))
                .header(GatewayPaths.SESSION_HEADER, login.secretId()).GET().build())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void sessionThatStopsPollingExpiresAndPollingKeepsOneAlive() throws Exception {
        LoginReply silent = login("alice");
        LoginReply polling = login("bob");

        clock.advance(EXPIRE_AFTER.minusSeconds(1));
        poll(polling.secretId());
        clock.advance(Duration.ofSeconds(2));

        assertThat(awaitGone(silent.publicId(), Duration.ofSeconds(10))).isTrue();
        assertThat(gateway.sessions().findByPublicId(polling.publicId())).isPresent();
    }

    private boolean awaitGone(String publicId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (gateway.sessions().findByPublicId(publicId).isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private LoginReply login(String user) throws Exception {
        HttpResponse<byte[]> response = post(GatewayPaths.LOGIN, null,
                new ClientIdentity(user, "ws-" + user, "Plant", List.of(), false));
        assertThat(response.statusCode()).isEqualTo(200);
        return WireCodec.decode(new ByteArrayInputStream(response.body()), LoginReply.class);
    }

    private RpcReply rpc(String secret, RpcCall call) throws Exception {
        HttpResponse<byte[]> response = post(GatewayPaths.RPC, secret, call);
        assertThat(response.statusCode()).isEqualTo(200);
        return WireCodec.decode(new ByteArrayInputStream(response.body()), RpcReply.class);
    }

    private PushBatch poll(String secret) throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(
                server.uri().resolve(GatewayPaths.PUSH))
                .header(GatewayPaths.SESSION_HEADER, secret).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return WireCodec.decode(new ByteArrayInputStream(response.body()), PushBatch.class);
    }

    private static void queue(SandboxSession session, Serializable message) {
        session.addNotification(SessionControlModule.MODULE_ID,
                SessionControlModule.TERMINATE_MESSAGE_TYPE, message);
    }

    private static List<Object> messagesOf(PushBatch batch) throws IOException {
        List<Object> messages = new ArrayList<>();
        for (byte[] encoded : batch.notifications()) {
            messages.add(WireCodec.decode(new ByteArrayInputStream(encoded),
                    PushNotification.class).getMessage());
        }
        return messages;
    }

    private static RpcCall rpcCall(String method) throws NoSuchMethodException {
        return RpcCall.of(SessionControlRpc.class.getMethod(method), null);
    }

    private HttpResponse<byte[]> post(String path, String secret, Serializable body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(WireCodec.encode(body)));
        if (secret != null) {
            request.header(GatewayPaths.SESSION_HEADER, secret);
        }
        return send(request.build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

}
