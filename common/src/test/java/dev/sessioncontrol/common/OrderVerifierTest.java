package dev.sessioncontrol.common;

import static dev.sessioncontrol.common.TestOrders.EXPIRES_AT;
import static dev.sessioncontrol.common.TestOrders.ISSUED_AT;
import static dev.sessioncontrol.common.TestOrders.KEY;
import static dev.sessioncontrol.common.TestOrders.ORDER_ID;
import static dev.sessioncontrol.common.TestOrders.aVerifier;
import static dev.sessioncontrol.common.TestOrders.anOrder;
import static dev.sessioncontrol.common.TestOrders.clockAt;
import static dev.sessioncontrol.common.TestOrders.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderVerifierTest {
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final OrderVerifier verifier = aVerifier().build();

    @Test
    void acceptsOrderSignedForThisSession() {
        Verdict verdict = verifier.verify(signed(anOrder()));

        assertThat(verdict.isAccepted()).isTrue();
        assertThat(verdict.order()).isEqualTo(anOrder().build());
        assertThat(verdict.claimedOrderId()).contains(ORDER_ID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n", ".", "..", "...", "v1", "v1.", "v1..", "v1...",
            "\u00e9", "v1.\u00e9.\u00e9", "null"})
    void rejectsShapelessInputAsMalformed(String input) {
        assertRejected(input, RejectReason.MALFORMED);
    }

    @Test
    void rejectsTokenWithSurroundingWhitespace() {
        String token = signed(anOrder());

        assertRejected(" " + token, RejectReason.MALFORMED);
        assertRejected(token + "\n", RejectReason.MALFORMED);
        assertRejected(token + " ", RejectReason.MALFORMED);
    }

    @Test
    void rejectsTokenWithNonAsciiCharacters() {
        String token = signed(anOrder());

        assertRejected(token.replace('.', '\u2024'), RejectReason.MALFORMED);
        assertRejected(token.substring(0, 10) + "\u00c4" + token.substring(11),
                RejectReason.MALFORMED);
    }

    @Test
    void rejectsExtraOrMissingSegments() {
        String[] parts = signed(anOrder()).split("\\.");

        assertRejected(parts[0] + "." + parts[1], RejectReason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[2],
                RejectReason.MALFORMED);
        assertRejected(parts[0] + ".." + parts[2], RejectReason.MALFORMED);
    }

    @Test
    void rejectsEveryTruncationAsMalformed() {
        String token = signed(anOrder());

        for (int length = 0; length < token.length(); length++) {
            assertThat(verifier.verify(token.substring(0, length)).rejectReason())
                    .as("first %d chars", length)
                    .contains(RejectReason.MALFORMED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2", "V1", "v10", "v0", "v", "x1"})
    void rejectsOtherVersionPrefixes(String version) {
        String token = signed(anOrder());

        assertRejected(version + token.substring(2), RejectReason.UNSUPPORTED_VERSION);
    }

    @Test
    void versionIsCheckedBeforeBase64() {
        assertRejected("v2.A.B", RejectReason.UNSUPPORTED_VERSION);
        assertRejected("v1.A.B", RejectReason.MALFORMED);
    }

    @Test
    void rejectsPaddedBase64() {
        String[] parts = signed(anOrder()).split("\\.");

        assertRejected(parts[0] + "." + parts[1] + "=." + parts[2], RejectReason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + "=", RejectReason.MALFORMED);
    }

    @Test
    void rejectsStandardBase64Alphabet() {
        String[] parts = signed(anOrder()).split("\\.");

        assertRejected(parts[0] + "." + parts[1] + "." + "+" + parts[2].substring(1),
                RejectReason.MALFORMED);
        assertRejected(parts[0] + "." + "/" + parts[1].substring(1) + "." + parts[2],
                RejectReason.MALFORMED);
    }

    @Test
    void rejectsMacWithStrayLowBitsThatDecodesToTheSameBytes() {
        String token = signed(anOrder());
        char last = token.charAt(token.length() - 1);
        // A 43-char MAC leaves the lowest 2 bits of its last char unused.
        String strayBits = token.substring(0, token.length() - 1) + nextInAlphabet(last);

        assertRejected(strayBits, RejectReason.MALFORMED);
    }

    @Test
    void rejectsMacOfWrongLength() {
        String[] parts = signed(anOrder()).split("\\.");

        assertRejected(parts[0] + "." + parts[1] + "." + parts[2] + "AAAA",
                RejectReason.MALFORMED);
        assertRejected(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 40),
                RejectReason.MALFORMED);
    }

    @Test
    void tokenJustUnderTheLengthLimitIsCheckedFurther() {
        String token = "v1." + "A".repeat(4048) + "." + "A".repeat(43);

        assertThat(token).hasSize(TerminateToken.MAX_LENGTH - 1);
        assertRejected(token, RejectReason.BAD_SIGNATURE);
    }

    @Test
    void rejectsTokenOverTheLengthLimitBeforeDecoding() {
        String token = "v1." + "A".repeat(4050) + "." + "A".repeat(43);

        assertThat(token).hasSize(TerminateToken.MAX_LENGTH + 1);
        assertRejected(token, RejectReason.MALFORMED);
    }

    @Test
    void rejectsOrderSignedWithOtherKey() {
        String token = new OrderSigner().sign(anOrder().build(), TestOrders.OTHER_KEY);

        Verdict verdict = verifier.verify(token);

        assertThat(verdict.rejectReason()).contains(RejectReason.BAD_SIGNATURE);
        assertThat(verdict.claimedOrderId()).contains(ORDER_ID);
    }

    static Stream<Arguments> fieldChanges() {
        return Stream.of(
                change("targetSessionId", o -> o.targetSessionId(TestOrders.OTHER_SESSION_ID)),
                change("orderId", o -> o.orderId(OrderId.fromHex(
                        "0123456789abcdef0123456789abcdee"))),
                change("issuedAt", o -> o.issuedAt(ISSUED_AT.minusMillis(1))),
                change("expiresAt", o -> o.expiresAt(EXPIRES_AT.plusMillis(1))),
                change("graceSeconds", o -> o.graceSeconds(0)),
                change("force", o -> o.force(true)),
                change("reason", o -> o.reason("Maintenance at 18:01")),
                change("issuer", o -> o.issuer("admim")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fieldChanges")
    void rejectsPayloadWithAnyFieldChangedUnderTheOriginalMac(
            String field, UnaryOperator<TerminateOrder.Builder> change) {
        String[] original = signed(anOrder()).split("\\.");
        TerminateOrder tampered = change.apply(anOrder()).build();
        String payload = UrlBase64.encode(OrderCodec.encode(tampered));

        Verdict verdict = verifier.verify("v1." + payload + "." + original[2]);

        assertThat(verdict.rejectReason()).contains(RejectReason.BAD_SIGNATURE);
        assertThat(verdict.claimedOrderId()).contains(tampered.orderId());
    }

    @Test
    void rejectsOrderSignedForAnotherSession() {
        String token = signed(anOrder().targetSessionId(TestOrders.OTHER_SESSION_ID));

        Verdict verdict = verifier.verify(token);

        assertThat(verdict.rejectReason()).contains(RejectReason.WRONG_SESSION);
        assertThat(verdict.claimedOrderId()).contains(ORDER_ID);
    }

    @Test
    void sessionIdsDifferingOnlyInCaseAreDifferentSessions() {
        String token = signed(anOrder().targetSessionId(TestOrders.SESSION_ID.toLowerCase()));

        assertRejected(token, RejectReason.WRONG_SESSION);
    }

    @Test
    void acceptsUntilExpiryPlusSkew() {
        OrderVerifier atLastMoment = aVerifier().clock(clockAt(EXPIRES_AT.plus(SKEW))).build();

        assertThat(atLastMoment.verify(signed(anOrder())).isAccepted()).isTrue();
    }

    @Test
    void rejectsOrderPastExpiryPlusSkew() {
        OrderVerifier late = aVerifier()
                .clock(clockAt(EXPIRES_AT.plus(SKEW).plusMillis(1))).build();

        Verdict verdict = late.verify(signed(anOrder()));

        assertThat(verdict.rejectReason()).contains(RejectReason.EXPIRED);
        assertThat(verdict.claimedOrderId()).contains(ORDER_ID);
    }

    @Test
    void acceptsOrderIssuedUpToSkewInTheFuture() {
        OrderVerifier early = aVerifier().clock(clockAt(ISSUED_AT.minus(SKEW))).build();

        assertThat(early.verify(signed(anOrder())).isAccepted()).isTrue();
    }

    @Test
    void rejectsOrderIssuedFurtherInTheFutureThanSkew() {
        OrderVerifier early = aVerifier()
                .clock(clockAt(ISSUED_AT.minus(SKEW).minusMillis(1))).build();

        assertRejected(early, signed(anOrder()), RejectReason.NOT_YET_VALID);
    }

    @Test
    void customSkewOfZeroAllowsNoDrift() {
        OrderVerifier strict = aVerifier().maxSkew(Duration.ZERO)
                .clock(clockAt(EXPIRES_AT.plusMillis(1))).build();

        assertRejected(strict, signed(anOrder()), RejectReason.EXPIRED);
    }

    @Test
    void clockOffsetTurnsLocalTimeIntoGatewayTime() {
        Instant localNow = ISSUED_AT.minus(Duration.ofHours(1));
        String token = signed(anOrder());

        OrderVerifier withoutOffset = aVerifier().clock(clockAt(localNow)).build();
        OrderVerifier withOffset = aVerifier().clock(clockAt(localNow))
                .clockOffset(Duration.ofHours(1)).build();

        assertRejected(withoutOffset, token, RejectReason.NOT_YET_VALID);
        assertThat(withOffset.verify(token).isAccepted()).isTrue();
    }

    @Test
    void rejectsSecondDeliveryOfTheSameOrder() {
        String token = signed(anOrder());
        verifier.verify(token);

        Verdict second = verifier.verify(token);

        assertThat(second.rejectReason()).contains(RejectReason.REPLAYED);
        assertThat(second.claimedOrderId()).contains(ORDER_ID);
    }

    @Test
    void rejectsReplayUntilTheOrderExpiresInLocalTimeWhenTheLocalClockIsAhead() {
        Duration localAhead = Duration.ofHours(1);
        AdjustableClock localClock = new AdjustableClock(ISSUED_AT.plus(localAhead));
        OrderVerifier aheadVerifier = aVerifier()
                .clock(localClock)
                .clockOffset(localAhead.negated())
                .replayMemory(new ReplayMemory(16, Duration.ofHours(2), localClock))
                .build();
        String token = signed(anOrder());
        aheadVerifier.verify(token);

        localClock.set(EXPIRES_AT.plus(SKEW).plus(localAhead));

        assertRejected(aheadVerifier, token, RejectReason.REPLAYED);
    }

    @Test
    void rejectsWellSignedPayloadThatIsNotCanonical() {
        byte[] payload = RawPayload.of(anOrder().build()).force(2).toBytes();
        String token = TerminateToken.assemble(payload,
                TokenMac.compute(KEY, payload));

        Verdict verdict = verifier.verify(token);

        assertThat(verdict.rejectReason()).contains(RejectReason.MALFORMED);
        assertThat(verdict.claimedOrderId()).contains(ORDER_ID);
    }

    @Test
    void rejectedShapeHasNoClaimedOrderId() {
        assertThat(verifier.verify("v2.AAAA.AAAA").claimedOrderId()).isEmpty();
        assertThat(verifier.verify("garbage").claimedOrderId()).isEmpty();
    }

    @Test
    void builderRequiresSessionIdAndKey() {
        assertThatThrownBy(() -> OrderVerifier.builder().key(KEY).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sessionId must not be blank");
        assertThatThrownBy(() -> OrderVerifier.builder().sessionId("s").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key is required");
    }

    @Test
    void builderRejectsSkewOutsideZeroToOneHour() {
        assertThatThrownBy(() -> aVerifier().maxSkew(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSkew must be 0 to PT1H");
        assertThatThrownBy(() -> aVerifier().maxSkew(Duration.ofMinutes(61)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxSkew must be 0 to PT1H");
    }

    @Test
    void builderRejectsAbsurdClockOffset() {
        assertThatThrownBy(() -> aVerifier().clockOffset(Duration.ofDays(-40_000)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clockOffset must be within");
    }

    @Test
    void extremeButAllowedSettingsGiveAVerdictInsteadOfOverflowing() {
        byte[] payload = RawPayload.of(anOrder().build())
                .issuedAtMillis(Long.MIN_VALUE).expiresAtMillis(Long.MAX_VALUE).toBytes();
        String token = TerminateToken.assemble(payload,
                TokenMac.compute(KEY, payload));
        OrderVerifier farFuture = aVerifier()
                .clock(clockAt(Instant.ofEpochMilli(Long.MAX_VALUE)))
                .clockOffset(Duration.ofDays(36_525))
                .maxSkew(Duration.ofHours(1))
                .build();
        OrderVerifier farPast = aVerifier()
                .clock(clockAt(Instant.ofEpochMilli(Long.MIN_VALUE)))
                .clockOffset(Duration.ofDays(-36_525))
                .maxSkew(Duration.ofHours(1))
                .build();
        OrderVerifier present = aVerifier().maxSkew(Duration.ofHours(1)).build();

        assertRejected(farFuture, token, RejectReason.EXPIRED);
        assertRejected(farPast, token, RejectReason.NOT_YET_VALID);
        assertThat(present.verify(token).isAccepted()).isTrue();
    }

    private void assertRejected(String token, RejectReason reason) {
        assertRejected(verifier, token, reason);
    }

    private static void assertRejected(OrderVerifier verifier, String token, RejectReason reason) {
        Verdict verdict = verifier.verify(token);

        assertThat(verdict.isAccepted()).isFalse();
        assertThat(verdict.rejectReason()).contains(reason);
    }

    private static char nextInAlphabet(char c) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        return alphabet.charAt((alphabet.indexOf(c) + 1) % 64);
    }

    private static Arguments change(String field, UnaryOperator<TerminateOrder.Builder> change) {
        return Arguments.of(field, change);
    }
}
