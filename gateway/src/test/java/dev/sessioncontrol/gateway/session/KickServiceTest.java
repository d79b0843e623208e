package dev.sessioncontrol.gateway.session;

import static dev.sessioncontrol.gateway.session.PlatformSessions.aClient;
import static dev.sessioncontrol.gateway.session.PlatformSessions.tokenQueuedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.inductiveautomation.ignition.gateway.clientcomm.ClientReqSession;
import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.RejectReason;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.Verdict;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.common.rpc.KickOutcome;
import dev.sessioncontrol.common.rpc.SessionControlException;
import dev.sessioncontrol.common.rpc.SessionControlException.Kind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class KickServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Duration ORDER_LIFETIME = Duration.ofMinutes(2);
    private static final int MESSAGE_BOUND = 300;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LiveSessions sessions = new LiveSessions();
    private final SessionKeyStore keys = new SessionKeyStore(new SecureRandom());
    private final OrderLedger ledger = new OrderLedger(100, clock);
    private final KickService service = KickService.builder()
            .registry(new SessionRegistry(sessions, keys))
            .keys(keys)
            .policy(KickPolicy.defaults())
            .ledger(ledger)
            .rateLimiter(new KickRateLimiter(1000, Duration.ofMinutes(1), clock))
            .lockouts(new Lockouts(clock))
            .random(new SecureRandom())
            .clock(clock)
            .orderLifetime(ORDER_LIFETIME)
            .build();
    private final Caller admin = Caller.of("maria", "ADMIN-1", List.of("Administrator"));
    private final KickOptions options = KickOptions.builder()
            .reason("Shift change").graceSeconds(30).force(true).build();

    @Test
    void kickQueuesOneTerminateNotificationForTheTargetOnly() {
        ClientReqSession bystander = sessions.add(aClient("S0"));
        ClientReqSession target = sessions.add(aClient("S1"));
        ClientReqSession other = sessions.add(aClient("S2"));
        keys.issue("S0");
        keys.issue("S1");
        keys.issue("S2");

        service.kick(admin, "S1", options);

        assertThat(tokenQueuedFor(target)).isNotBlank();
        verify(bystander, never()).addNotification(anyString(), anyString(), any());
        verify(other, never()).addNotification(anyString(), anyString(), any());
    }

    @Test
    void kickReportsTheOrderAsSentAndRecordsIt() {
        sessions.add(aClient("S1").user("bob"));
        keys.issue("S1");

        KickResult result = service.kick(admin, "S1", options);

        assertThat(result.outcome()).isEqualTo(KickOutcome.SENT);
        assertThat(result.sessionId()).isEqualTo("S1");
        assertThat(result.user()).isEqualTo("bob");
        assertThat(result.orderId()).hasValueSatisfying(
                id -> assertThat(ledger.status(id)).contains(OrderStatus.SENT));
    }

    @Test
    void tokenVerifiesWithTheTargetsKeyAndCarriesTheKick() {
        ClientReqSession target = sessions.add(aClient("S1"));
        SessionKey key = keys.issue("S1");

        KickResult result = service.kick(admin, "S1", options);

        Verdict verdict = verifierFor("S1", key).verify(tokenQueuedFor(target));
        assertThat(verdict.isAccepted()).as("verdict %s", verdict).isTrue();
        TerminateOrder order = verdict.order();
        assertThat(order.targetSessionId()).isEqualTo("S1");
        assertThat(order.reason()).isEqualTo("Shift change");
        assertThat(order.graceSeconds()).isEqualTo(30);
        assertThat(order.isForce()).isTrue();
        assertThat(order.issuer()).isEqualTo("maria");
        assertThat(order.issuedAt()).isEqualTo(NOW);
        assertThat(order.expiresAt()).isEqualTo(NOW.plus(ORDER_LIFETIME));
        assertThat(result.orderId()).contains(order.orderId().toHex());
    }

    @Test
    void unforcedKickWithoutReasonCarriesJustThat() {
        ClientReqSession target = sessions.add(aClient("S1"));
        SessionKey key = keys.issue("S1");

        service.kick(admin, "S1", KickOptions.builder().build());

        TerminateOrder order = verifierFor("S1", key).verify(tokenQueuedFor(target)).order();
        assertThat(order.reason()).isEmpty();
        assertThat(order.graceSeconds()).isZero();
        assertThat(order.isForce()).isFalse();
    }

    @Test
    void tokenDoesNotVerifyForAnotherSession() {
        ClientReqSession target = sessions.add(aClient("S1"));
        sessions.add(aClient("S2"));
        SessionKey key = keys.issue("S1");
        keys.issue("S2");

        service.kick(admin, "S1", options);

        Verdict verdict = verifierFor("S2", key).verify(tokenQueuedFor(target));
        assertThat(verdict.rejectReason()).contains(RejectReason.WRONG_SESSION);
    }

    @Test
    void tokenDoesNotVerifyWithAnotherSessionsKey() {
        ClientReqSession target = sessions.add(aClient("S1"));
        sessions.add(aClient("S2"));
        keys.issue("S1");
        SessionKey otherKey = keys.issue("S2");

        service.kick(admin, "S1", options);

        Verdict verdict = verifierFor("S1", otherKey).verify(tokenQueuedFor(target));
        assertThat(verdict.rejectReason()).contains(RejectReason.BAD_SIGNATURE);
    }

    @Test
    void gatewayScriptsKickInTheGatewaysName() {
        ClientReqSession target = sessions.add(aClient("S1"));
        SessionKey key = keys.issue("S1");

        service.kick(Caller.gateway(), "S1", options);

        assertThat(verifierFor("S1", key).verify(tokenQueuedFor(target)).order().issuer())
                .isEqualTo("gateway");
    }

    @Test
    void overlongCallerNameIsCutToTheIssuerLimit() {
        ClientReqSession target = sessions.add(aClient("S1"));
        SessionKey key = keys.issue("S1");
        Caller longName = Caller.of("m".repeat(300), "ADMIN-1", List.of("Administrator"));

        service.kick(longName, "S1", options);

        assertThat(verifierFor("S1", key).verify(tokenQueuedFor(target)).order().issuer())
                .isEqualTo("m".repeat(TerminateOrder.MAX_ISSUER_CHARS));
    }

    @Test
    void sessionIdIsMatchedExactlySoAHiddenCharacterFindsNoSession() {
        ClientReqSession target = sessions.add(aClient("S1"));
        keys.issue("S1");

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> service.kick(admin, "\u0000S1", options));

        assertThat(refused).isInstanceOf(SessionControlException.class);
        assertThat(((SessionControlException) refused).kind())
                .isEqualTo(SessionControlException.Kind.NOT_FOUND);
        assertThat(refused.getMessage()).doesNotContain("\u0000");
        verify(target, never()).addNotification(anyString(), anyString(), any());
    }

    @Test
    void aCallerNameAnOrderCannotCarryIsEscapedNotFatal() {
        ClientReqSession target = sessions.add(aClient("S1"));
        keys.issue("S1");
        Caller odd = Caller.of("ad\u2028min\u0007", "S9", java.util.List.of("Administrator"));

        KickResult result = service.kick(odd, "S1", options);

        assertThat(result.outcome()).isEqualTo(KickOutcome.SENT);
        assertThat(tokenQueuedFor(target)).isNotBlank();
        assertThat(KickService.issuerName(odd)).isEqualTo("ad\\u2028min\\u0007");
    }

    @Test
    void aBlankCallerNameBecomesUnnamed() {
        Caller blank = Caller.of("   ", "S9", java.util.List.of("Administrator"));

        assertThat(KickService.issuerName(blank)).isEqualTo("(unnamed user)");
    }

    @Test
    void unknownIdIsNotFoundAndNothingIsQueued() {
        sessions.add(aClient("S1"));
        sessions.add(aClient("S2"));
        keys.issue("S1");
        keys.issue("S2");

        SessionControlException refused = refusal(() -> service.kick(admin, "S9", options));

        assertThat(refused.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(refused.getMessage()).contains("'S9'").contains("system.sessions.list()");
        assertNothingQueued();
        assertThat(ledger.size()).isZero();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void missingIdIsAnInvalidArgument(String sessionId) {
        sessions.add(aClient("S1"));
        keys.issue("S1");

        SessionControlException refused = refusal(() -> service.kick(admin, sessionId, options));

        assertThat(refused.kind()).isEqualTo(Kind.INVALID_ARGUMENT);
        assertNothingQueued();
    }

    @Test
    void sessionWithoutAKeyIsNotKickable() {
        sessions.add(aClient("S1").user("bob"));

        SessionControlException refused = refusal(() -> service.kick(admin, "S1", options));

        assertThat(refused.kind()).isEqualTo(Kind.NOT_KICKABLE);
        assertThat(refused.getMessage()).contains("S1").contains("bob")
                .contains("not registered");
        assertNothingQueued();
    }

    @Test
    void callerWithoutAKickRoleIsDeniedAndNothingIsQueued() {
        sessions.add(aClient("S1"));
        keys.issue("S1");
        Caller operator = Caller.of("olga", "OP-1", List.of("Operator"));

        SessionControlException refused = refusal(() -> service.kick(operator, "S1", options));

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
        assertThat(refused.getMessage()).contains("'olga'");
        assertNothingQueued();
        assertThat(ledger.size()).isZero();
    }

    @Test
    void callerWithoutAKickRoleCannotProbeWhichIdsExist() {
        Caller operator = Caller.of("olga", "OP-1", List.of("Operator"));

        SessionControlException refused = refusal(() -> service.kick(operator, "S9", options));

        assertThat(refused.kind()).isEqualTo(Kind.DENIED);
    }

    @Test
    void sessionEndingWhileItIsKickedIsNotFoundAndNothingIsQueued() {
        ClientReqSession ending = sessions.add(aClient("S1").invalidated());
        keys.issue("S1");

        SessionControlException refused = refusal(() -> service.kick(admin, "S1", options));

        assertThat(refused.kind()).isEqualTo(Kind.NOT_FOUND);
        verify(ending, never()).addNotification(anyString(), anyString(), any());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileIds")
    void hostileIdGivesABoundedMessageWithoutControlCharacters(String label, String id) {
        sessions.add(aClient("S1"));
        keys.issue("S1");

        SessionControlException refused = refusal(() -> service.kick(admin, id, options));

        String message = refused.getMessage();
        assertThat(refused.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(message.length()).isLessThanOrEqualTo(MESSAGE_BOUND);
        assertThat(message.codePoints().filter(Character::isISOControl).count())
                .as("control characters in %s", message).isZero();
        assertThat(message).startsWith("No session has id '");
        assertNothingQueued();
    }

    static Stream<Arguments> hostileIds() {
        return Stream.of(
                Arguments.of("control characters", "S1\r\nINFO forged log line\u0000\u001b[2J"),
                Arguments.of("ten thousand characters", "A".repeat(10_000)),
                Arguments.of("ten thousand control characters", "x" + "\n".repeat(10_000) + "x"),
                Arguments.of("markup", "<script>alert('kicked')</script><img src=x>"),
                Arguments.of("html label", "<html><b>S1</b>"));
    }

    @Test
    void longIdIsShownShortenedWithAnEllipsis() {
        String id = "A".repeat(10_000);

        String message = refusal(() -> service.kick(admin, id, options)).getMessage();

        assertThat(message).contains("...").doesNotContain("A".repeat(100));
    }

    private OrderVerifier verifierFor(String sessionId, SessionKey key) {
        return OrderVerifier.builder().sessionId(sessionId).key(key).clock(clock).build();
    }

    private void assertNothingQueued() {
        for (ClientReqSession session : sessions.all()) {
            verify(session, never()).addNotification(anyString(), anyString(), any());
        }
    }

    private static SessionControlException refusal(Runnable kick) {
        SessionControlException refused =
                catchThrowableOfType(kick::run, SessionControlException.class);
        assertThat(refused).as("a SessionControlException").isNotNull();
        return refused;
    }
}
