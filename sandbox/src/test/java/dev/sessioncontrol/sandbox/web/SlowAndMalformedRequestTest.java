package dev.sessioncontrol.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import dev.sessioncontrol.sandbox.platform.RequestTimeouts;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callers that announce a body and never send it, and paths with broken escapes: the web panel
 * stays available, cuts the stalled requests off, and answers in JSON.
 */
class SlowAndMalformedRequestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"),
            ZoneOffset.UTC);
    private static final String STALLED_POST = "POST " + SandboxWebServer.DATA_ROOT
            + "sessions/a1/kick HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n";

    private final List<Socket> stalled = new ArrayList<>();
    private SandboxWebServer web;

    @BeforeEach
    void startServer() throws IOException {
        ScriptedSessions sessions = new ScriptedSessions(CLOCK)
                .client("a1", "alice", "ws-alice", Duration.ofMinutes(5));
        SessionWebApi api = new SessionWebApi(caller -> sessions, KickPolicy.defaults(), CLOCK,
                new SecureRandom());
        web = SandboxWebServer.start(api, 0);
    }

    @AfterEach
    void stopServer() throws IOException {
        for (Socket socket : stalled) {
            socket.close();
        }
        web.close();
    }

    @Test
    void staysAvailableWhileCallersHoldRequestsWithoutTheirBody() throws IOException {
        for (int i = 0; i < 6; i++) {
            stalled.add(stalledPost());
        }

        String answer = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> WebClient.loggedIn(web, "viewer").csrfToken());

        assertThat(answer).isNotBlank();
    }

    @Test
    void cutsOffARequestWhoseBodyNeverComes() throws IOException {
        Socket socket = stalledPost();
        socket.setSoTimeout((RequestTimeouts.MAX_REQUEST_SECONDS + 10) * 1000);

        boolean closedByServer;
        try (InputStream in = socket.getInputStream()) {
            in.readAllBytes();
            closedByServer = true;
        } catch (SocketTimeoutException stillOpen) {
            closedByServer = false;
        } catch (SocketException reset) {
            closedByServer = true;
        }

        assertThat(closedByServer).isTrue();
    }

    @Test
    void answersABrokenEscapeThatReachesTheApiInJson() throws IOException {
        String response = exchange("POST " + SandboxWebServer.DATA_ROOT
                + "sessions/%C0%AF/kick HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 4").contains("application/json")
                .doesNotContain("<h1>");
    }

    private Socket stalledPost() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), web.baseUri().getPort());
        stalled.add(socket);
        socket.getOutputStream().write(STALLED_POST.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(),
                web.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
