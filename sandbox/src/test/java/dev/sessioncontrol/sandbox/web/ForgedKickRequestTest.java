package dev.sessioncontrol.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.gateway.session.KickPolicy;
import dev.sessioncontrol.gateway.web.SessionWebApi;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kick requests that a page of another site, or a script without the web session's token,
 * could send: each is refused with 403 and leaves every session in place. The last test is the
 * control: the same request, done right, does kick.
 */
class ForgedKickRequestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"),
            ZoneOffset.UTC);
    private static final String KICK_BOB = "sessions/b2/kick";
    private static final String BODY = "{\"reason\":\"forged\",\"graceSeconds\":0}";

    private ScriptedSessions sessions;
    private SandboxWebServer web;

    @BeforeEach
    void startServer() throws IOException {
        sessions = new ScriptedSessions(CLOCK)
                .client("a1", "alice", "ws-alice", Duration.ofMinutes(5))
                .client("b2", "bob", "ws-bob", Duration.ofMinutes(5));
        SessionWebApi api = new SessionWebApi(caller -> sessions, KickPolicy.defaults(), CLOCK,
                new SecureRandom());
        web = SandboxWebServer.start(api, 0);
    }

    @AfterEach
    void stopServer() {
        web.close();
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws IOException {
        WebClient admin = WebClient.loggedIn(web, "admin");

        HttpResponse<String> response = admin.send(admin.post(KICK_BOB, BODY)
                .header("Content-Type", "application/json"));

        assertRefused(response, "CSRF_TOKEN");
    }

    @Test
    void postWithWrongCsrfTokenIsRefused() throws IOException {
        WebClient admin = WebClient.loggedIn(web, "admin");
        String othersToken = WebClient.loggedIn(web, "admin").csrfToken();

        HttpResponse<String> response = admin.send(admin.post(KICK_BOB, BODY)
                .header("Content-Type", "application/json")
                .header(SessionWebApi.CSRF_HEADER, othersToken));

        assertRefused(response, "CSRF_TOKEN");
    }

    @Test
    void postFromAnotherOriginIsRefusedEvenWithTheToken() throws IOException {
        WebClient admin = WebClient.loggedIn(web, "admin");

        HttpResponse<String> response = admin.send(admin.post(KICK_BOB, BODY)
                .header("Content-Type", "application/json")
                .header(SessionWebApi.CSRF_HEADER, admin.csrfToken())
                .header("Origin", "http://attacker.invalid"));

        assertRefused(response, "CROSS_ORIGIN");
    }

    @Test
    void postFromAnotherPortOfTheSameHostIsRefused() throws IOException {
        WebClient admin = WebClient.loggedIn(web, "admin");
        int otherPort = web.baseUri().getPort() + 1;

        HttpResponse<String> response = admin.send(admin.post(KICK_BOB, BODY)
                .header("Content-Type", "application/json")
                .header(SessionWebApi.CSRF_HEADER, admin.csrfToken())
                .header("Referer", "http://127.0.0.1:" + otherPort + "/evil.html"));

        assertRefused(response, "CROSS_ORIGIN");
    }

    @Test
    void userWithoutKickRoleIsRefusedEvenWithAValidToken() throws IOException {
        WebClient viewer = WebClient.loggedIn(web, "viewer");

        HttpResponse<String> response = viewer.send(viewer.post(KICK_BOB, BODY)
                .header("Content-Type", "application/json")
                .header(SessionWebApi.CSRF_HEADER, viewer.csrfToken()));

        assertRefused(response, "DENIED");
    }

    @Test
    void formEncodedPostIsNotAcceptedAsAKick() throws IOException {
        WebClient admin = WebClient.loggedIn(web, "admin");

        HttpResponse<String> response = admin.send(admin.post(KICK_BOB, "reason=forged")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(SessionWebApi.CSRF_HEADER, admin.csrfToken()));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(sessions.kicked()).isEmpty();
    }

    @Test
    void sameRequestWithTokenFromTheGatewaysOwnPageKicks() throws IOException {
        WebClient admin = WebClient.loggedIn(web, "admin");

        HttpResponse<String> response = admin.send(admin.post(KICK_BOB, BODY)
                .header("Content-Type", "application/json")
                .header(SessionWebApi.CSRF_HEADER, admin.csrfToken())
                .header("Origin", web.baseUri().toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcome\":\"sent\"");
        assertThat(sessions.kicked()).containsExactly("b2");
        assertThat(sessions.isListed("b2")).isFalse();
    }

    private void assertRefused(HttpResponse<String> response, String kind) throws IOException {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"error\":\"" + kind + "\"");
        assertThat(sessions.kicked()).isEmpty();
        assertThat(WebClient.loggedIn(web, "admin").get("sessions").body())
                .contains("\"id\":\"b2\"");
    }
}
