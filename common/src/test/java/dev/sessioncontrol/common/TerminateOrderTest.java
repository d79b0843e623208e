package dev.sessioncontrol.common;

import static dev.sessioncontrol.common.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TerminateOrderTest {
    @Test
    void buildKeepsEveryField() {
        TerminateOrder order = anOrder().graceSeconds(45).force(true).build();

        assertThat(order.version()).isEqualTo(1);
        assertThat(order.targetSessionId()).isEqualTo(TestOrders.SESSION_ID);
        assertThat(order.orderId()).isEqualTo(TestOrders.ORDER_ID);
        assertThat(order.issuedAt()).isEqualTo(TestOrders.ISSUED_AT);
        assertThat(order.expiresAt()).isEqualTo(TestOrders.EXPIRES_AT);
        assertThat(order.graceSeconds()).isEqualTo(45);
        assertThat(order.isForce()).isTrue();
        assertThat(order.reason()).isEqualTo("Maintenance at 18:00");
        assertThat(order.issuer()).isEqualTo("admin");
    }

    @Test
    void toBuilderRebuildsAnEqualOrder() {
        TerminateOrder order = anOrder().force(true).build();

        TerminateOrder copy = order.toBuilder().build();

        assertThat(copy).isEqualTo(order).hasSameHashCodeAs(order);
        assertThat(order.toBuilder().graceSeconds(0).build()).isNotEqualTo(order);
    }

    @Test
    void nullReasonMeansEmpty() {
        assertThat(anOrder().reason(null).build().reason()).isEmpty();
    }

    @Test
    void instantsAreTruncatedToWholeMilliseconds() {
        Instant issued = Instant.parse("2024-05-01T12:00:00.123456789Z");

        TerminateOrder order = anOrder().issuedAt(issued).build();

        assertThat(order.issuedAt()).isEqualTo(Instant.parse("2024-05-01T12:00:00.123Z"));
    }

    @Test
    void limitsAreInclusive() {
        TerminateOrder order = anOrder()
                .targetSessionId("s".repeat(TerminateOrder.MAX_SESSION_ID_CHARS))
                .issuer("i".repeat(TerminateOrder.MAX_ISSUER_CHARS))
                .reason("r".repeat(TerminateOrder.MAX_REASON_CHARS))
                .graceSeconds(TerminateOrder.MAX_GRACE_SECONDS)
                .build();

        assertThat(order.reason()).hasSize(500);
        assertThat(order.graceSeconds()).isEqualTo(3600);
    }

    @Test
    void reasonMayHoldLineFeedsTabsAndAnyLanguage() {
        String reason = "Wartung\tum 18:00\nBitte speichern \u2713 \ud83d\udd27 "
                + "\u05e9\u05dc\u05d5\u05dd";

        assertThat(anOrder().reason(reason).build().reason()).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void rejectsBlankTargetSessionId(String blank) {
        assertThatThrownBy(() -> anOrder().targetSessionId(blank).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetSessionId must not be blank");
    }

    @Test
    void rejectsMissingTargetSessionId() {
        assertThatThrownBy(() -> anOrder().targetSessionId(null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetSessionId must not be blank, but was null");
    }

    @Test
    void rejectsTargetSessionIdLongerThanLimit() {
        String tooLong = "s".repeat(TerminateOrder.MAX_SESSION_ID_CHARS + 1);

        assertThatThrownBy(() -> anOrder().targetSessionId(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetSessionId must be at most 128 chars")
                .hasMessageContaining("129 chars");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab\ncd", "ab\u0000", "\u007fab", "ab\u0085", "a\u2028b", "a\tb"})
    void rejectsControlCharactersInTargetSessionId(String withControl) {
        assertThatThrownBy(() -> anOrder().targetSessionId(withControl).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targetSessionId must have no control characters");
    }

    @Test
    void controlCharacterMessageShowsTheValueEscaped() {
        assertThatThrownBy(() -> anOrder().issuer("eve\nINFO forged line").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+000A at index 3")
                .hasMessageContaining("\"eve\\u000aINFO forged line\"")
                .hasMessageNotContaining("\n");
    }

    @Test
    void rejectsBlankIssuer() {
        assertThatThrownBy(() -> anOrder().issuer("  ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuer must not be blank");
    }

    @Test
    void rejectsIssuerLongerThanLimit() {
        String tooLong = "i".repeat(TerminateOrder.MAX_ISSUER_CHARS + 1);

        assertThatThrownBy(() -> anOrder().issuer(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issuer must be at most 128 chars");
    }

    @Test
    void rejectsReasonLongerThanLimit() {
        String tooLong = "r".repeat(TerminateOrder.MAX_REASON_CHARS + 1);

        assertThatThrownBy(() -> anOrder().reason(tooLong).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason must be at most 500 chars, but was 501 chars");
    }

    @Test
    void rejectsControlCharactersOtherThanLineFeedAndTabInReason() {
        assertThatThrownBy(() -> anOrder().reason("save\rnow").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason must have no control characters except line feed")
                .hasMessageContaining("U+000D at index 4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00b", "\udbff\ud800"})
    void rejectsUnpairedSurrogates(String malformed) {
        assertThatThrownBy(() -> anOrder().reason(malformed).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason must be well-formed UTF-16");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 3601, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsGraceOutsideZeroToOneHour(int grace) {
        assertThatThrownBy(() -> anOrder().graceSeconds(grace).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("graceSeconds must be 0 to 3600, but was " + grace);
    }

    @Test
    void rejectsExpiryEqualToIssue() {
        assertThatThrownBy(() -> anOrder().expiresAt(TestOrders.ISSUED_AT).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiresAt must be strictly after issuedAt");
    }

    @Test
    void rejectsExpiryWithinTheSameMillisecondAsIssue() {
        Instant sameMillisecond = TestOrders.ISSUED_AT.plusNanos(999_999);

        assertThatThrownBy(() -> anOrder().expiresAt(sameMillisecond).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiresAt must be strictly after issuedAt");
    }

    @Test
    void rejectsInstantsBeyondEpochMilliseconds() {
        assertThatThrownBy(() -> anOrder().expiresAt(Instant.MAX).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expiresAt must fit in 64-bit epoch milliseconds");
    }

    @Test
    void rejectsMissingRequiredFields() {
        assertThatThrownBy(() -> anOrder().orderId(null).build())
                .hasMessageContaining("orderId is required");
        assertThatThrownBy(() -> anOrder().issuedAt(null).build())
                .hasMessageContaining("issuedAt is required");
        assertThatThrownBy(() -> anOrder().expiresAt(null).build())
                .hasMessageContaining("expiresAt is required");
    }

    @Test
    void toStringShowsFieldsWithTextsEscaped() {
        String text = anOrder().reason("line one\nline two").build().toString();

        assertThat(text)
                .contains("orderId=0123456789abcdef0123456789abcdef")
                .contains("targetSessionId=\"3F2A9C1B\"")
                .contains("reason=\"line one\\u000aline two\"")
                .doesNotContain("\n");
    }
}
