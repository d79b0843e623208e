package dev.sessioncontrol.gateway.web;

import static dev.sessioncontrol.gateway.web.WebRequests.ADMIN_SESSION;
import static dev.sessioncontrol.gateway.web.WebRequests.VIEWER_SESSION;
import static dev.sessioncontrol.gateway.web.WebRequests.admin;
import static dev.sessioncontrol.gateway.web.WebRequests.get;
import static dev.sessioncontrol.gateway.web.WebRequests.post;
import static dev.sessioncontrol.gateway.web.WebRequests.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.inductiveautomation.ignition.common.BasicDataset;
import com.inductiveautomation.ignition.common.Dataset;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.OutcomeColumns;
import dev.sessioncontrol.common.rpc.SessionColumns;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import dev.sessioncontrol.common.rpc.SessionFilter;
import dev.sessioncontrol.common.rpc.SessionOperations;
import dev.sessioncontrol.common.rpc.SessionScope;
import dev.sessioncontrol.gateway.session.Caller;
import dev.sessioncontrol.gateway.session.KickPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

class SessionWebApiTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final String KICK_A1 = "sessions/a1/kick";

    private final SessionOperations operations = mock(SessionOperations.class);
    private final List<Caller> callers = new ArrayList<>();
    private SessionWebApi api;

    @BeforeEach
    void createApi() {
        api = new SessionWebApi(caller -> {
            callers.add(caller);
            return operations;
        }, KickPolicy.defaults(), Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom());
        when(operations.listSessions(any())).thenReturn(sessions("a1", "alice"));
        when(operations.kick(anyString(), any())).thenReturn(outcome("a1", "alice"));
    }

    @Test
    void listsSessionsAsJsonWithTheGatewayTime() {
        WebResponse response = api.handle(get("sessions", admin(), ADMIN_SESSION).build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"now\":\"2026-12-04T10:00:00Z\",\"sessions\":[")
                .contains("\"id\":\"a1\"", "\"user\":\"alice\"", "\"scope\":\"client\"",
                        "\"started\":\"2026-12-04T09:00:00Z\"", "\"kickable\":true");
    }

    @Test
    void passesTheFiltersOfTheQuery() {
        api.handle(get("sessions", admin(), ADMIN_SESSION).query("user=bob&project=Plant"
                + "&scope=designer").build());

        verify(operations).listSessions(SessionFilter.of("bob", "Plant", SessionScope.DESIGNER));
    }

    @Test
    void refusesAnUnknownScopeWith400() {
        WebResponse response = api.handle(get("sessions", admin(), ADMIN_SESSION)
                .query("scope=gateway").build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"error\":\"INVALID_ARGUMENT\"", "gateway");
    }

    @Test
    void viewerListsWithTheGatewaysAuthorityButAdminAsThemselves() {
        api.handle(get("sessions", viewer(), VIEWER_SESSION).build());
        api.handle(get("sessions", admin(), ADMIN_SESSION).build());

        assertThat(callers.get(0).isGateway()).isTrue();
        assertThat(callers.get(1).name()).isEqualTo("admin");
        assertThat(callers.get(1).isGateway()).isFalse();
    }

    @Test
    void userNamesWithMarkupLeaveAsInertJson() {
        when(operations.listSessions(any())).thenReturn(sessions("e5", "<img src=x onerror=1>"));

        WebResponse response = api.handle(get("sessions", admin(), ADMIN_SESSION).build());

        assertThat(response.body()).contains("\\u003cimg src=x onerror=1\\u003e")
                .doesNotContain("<img");
    }

    @Test
    void kicksWithTheTokenOfTheWebSession() {
        WebResponse response = api.handle(post(KICK_A1, admin(), ADMIN_SESSION,
                tokenOf(admin(), ADMIN_SESSION)).body("{\"reason\":\"Maintenance\","
                + "\"graceSeconds\":0,\"force\":true}").build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcomes\":[", "\"outcome\":\"sent\"");
        ArgumentCaptor<KickOptions> options = ArgumentCaptor.forClass(KickOptions.class);
        verify(operations).kick(eq("a1"), options.capture());
        assertThat(options.getValue()).isEqualTo(KickOptions.builder().reason("Maintenance")
                .graceSeconds(0).force(true).build());
        assertThat(callers).extracting(Caller::name).containsExactly("admin");
    }

    @Test
    void refusesAKickWithoutToken() {
        WebRequest request = WebRequest.builder("POST", KICK_A1).header("Host", WebRequests.HOST)
                .header("Content-Type", "application/json").body("{}")
                .user(admin()).webSessionId(ADMIN_SESSION).build();

        assertRefused(api.handle(request), 403, "CSRF_TOKEN");
    }

    @Test
    void refusesAKickWithAnotherWebSessionsToken() {
        String othersToken = tokenOf(admin(), "web-session-other");

        assertRefused(api.handle(post(KICK_A1, admin(), ADMIN_SESSION, othersToken).body("{}")
                .build()), 403, "CSRF_TOKEN");
    }

    @Test
    void refusesAKickWithoutWebSessionEvenWithSomeToken() {
        WebRequest request = post(KICK_A1, admin(), null, tokenOf(admin(), ADMIN_SESSION))
                .body("{}").build();

        assertRefused(api.handle(request), 403, "CSRF_TOKEN");
    }

    @Test
    void refusesAKickFromAnotherOrigin() {
        WebRequest request = post(KICK_A1, admin(), ADMIN_SESSION, tokenOf(admin(), ADMIN_SESSION))
                .header("Origin", "http://attacker.invalid").body("{}").build();

        assertRefused(api.handle(request), 403, "CROSS_ORIGIN");
    }

    @Test
    void refusesAKickThatIsNotDeclaredJson() {
        WebRequest request = post(KICK_A1, admin(), ADMIN_SESSION, tokenOf(admin(), ADMIN_SESSION))
                .header("Content-Type", "text/plain").body("{}").build();

        assertRefused(api.handle(request), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void refusesAnOversizedBody() {
        char[] big = new char[SessionWebApi.MAX_BODY_CHARS + 1];
        Arrays.fill(big, ' ');
        WebRequest request = post(KICK_A1, admin(), ADMIN_SESSION, tokenOf(admin(), ADMIN_SESSION))
                .body(new String(big)).build();

        assertRefused(api.handle(request), 413, "BODY_TOO_LARGE");
    }

    @Test
    void refusesAKickByAUserWithoutKickRoleEvenWithAValidToken() {
        WebRequest request = post(KICK_A1, viewer(), VIEWER_SESSION,
                tokenOf(viewer(), VIEWER_SESSION)).body("{}").build();

        WebResponse response = api.handle(request);

        assertRefused(response, 403, "DENIED");
        assertThat(response.body()).contains("administrator");
    }

    @Test
    void refusesAnonymousRequests() {
        WebResponse response = api.handle(WebRequest.builder("GET", "sessions").build());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("\"error\":\"LOGIN_REQUIRED\"");
        verify(operations, never()).listSessions(any());
    }

    @ParameterizedTest
    @CsvSource({"NOT_FOUND, 404", "NOT_KICKABLE, 409", "DENIED, 403", "RATE_LIMITED, 429",
        "INVALID_ARGUMENT, 400"})
    void answersEachRefusalOfTheOperationsWithItsStatus(Kind kind, int status) {
        when(operations.kick(anyString(), any()))
                .thenThrow(new SessionControlException(kind, "Because \"reasons\""));

        WebResponse response = api.handle(post(KICK_A1, admin(), ADMIN_SESSION,
                tokenOf(admin(), ADMIN_SESSION)).body("{}").build());

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body()).isEqualTo("{\"error\":\"" + kind.name()
                + "\",\"message\":\"Because \\\"reasons\\\"\"}");
    }

    @Test
    void refusesAMalformedBodyWith400AndSaysWhere() {
        WebResponse response = api.handle(post(KICK_A1, admin(), ADMIN_SESSION,
                tokenOf(admin(), ADMIN_SESSION)).body("{\"grace\":1}").build());

        assertRefused(response, 400, "INVALID_ARGUMENT");
        assertThat(response.body()).contains("Unknown member 'grace'");
    }

    @Test
    void kicksEverySessionOfAUserNamedInThePath() {
        when(operations.kickUser(anyString(), any(), any())).thenReturn(outcome("a1", "al ice"));

        WebResponse response = api.handle(post("users/al%20ice/kick", admin(), ADMIN_SESSION,
                tokenOf(admin(), ADMIN_SESSION)).body("{\"reason\":\"Shift change\"}").build());

        assertThat(response.status()).isEqualTo(200);
        verify(operations).kickUser(eq("al ice"), eq(KickOptions.builder()
                .reason("Shift change").build()), eq(null));
    }

    @Test
    void readsTheHistoryWithTheRequestedLimit() {
        when(operations.history(7)).thenReturn(new BasicDataset());

        WebResponse response = api.handle(get("history", admin(), ADMIN_SESSION)
                .query("limit=7").build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"orders\":[]}");
    }

    @Test
    void refusesAHistoryLimitThatIsNotANumber() {
        WebResponse response = api.handle(get("history", admin(), ADMIN_SESSION)
                .query("limit=all").build());

        assertRefused(response, 400, "INVALID_ARGUMENT");
    }

    @Test
    void tellsTheUserWhoTheyAreAndWhetherTheyMayKick() {
        WebResponse forAdmin = api.handle(get("me", admin(), ADMIN_SESSION).build());
        WebResponse forViewer = api.handle(get("me", viewer(), VIEWER_SESSION).build());

        assertThat(forAdmin.body()).contains("\"user\":\"admin\"", "\"mayKick\":true",
                "\"kickUser\":true", "\"history\":true");
        assertThat(forViewer.body()).contains("\"user\":\"viewer\"", "\"mayKick\":false",
                "\"kickUser\":false", "\"history\":false",
                "\"kickRoles\":[\"administrator\"]");
    }

    @Test
    void answersUnknownPathsWith404AndWrongMethodsWith405() {
        WebResponse unknown = api.handle(get("nothing/here", admin(), ADMIN_SESSION).build());
        WebResponse wrongMethod = api.handle(get(KICK_A1, admin(), ADMIN_SESSION).build());

        assertRefused(unknown, 404, "NO_ROUTE");
        assertRefused(wrongMethod, 405, "METHOD_NOT_ALLOWED");
    }

    private String tokenOf(WebUser user, String webSession) {
        WebResponse response = api.handle(get("csrf", user, webSession).build());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).as("token in %s", response.body()).isTrue();
        return token.group(1);
    }

    private void assertRefused(WebResponse response, int status, String kind) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body()).contains("\"error\":\"" + kind + "\"", "\"message\":\"");
        verify(operations, never()).kick(anyString(), any());
    }

    private static Dataset sessions(String id, String user) {
        Object[][] columns = {{id}, {"vision"}, {user}, {"ws-" + id}, {"10.0.0.5"}, {"Plant"},
            {"client"}, {""}, {Date.from(NOW.minusSeconds(3600))},
            {Date.from(NOW.minusSeconds(2))}, {3600L}, {2L}, {true}, {false}};
        return new BasicDataset(SessionColumns.NAMES, SessionColumns.TYPES, columns);
    }

    private static Dataset outcome(String id, String user) {
        Object[][] columns = {{id}, {user}, {"sent"}, {"Terminate order queued"}, {"00ff"}};
        return new BasicDataset(OutcomeColumns.NAMES, OutcomeColumns.TYPES, columns);
    }
}
