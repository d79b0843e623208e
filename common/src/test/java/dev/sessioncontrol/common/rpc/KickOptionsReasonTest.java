package dev.sessioncontrol.common.rpc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sessioncontrol.common.OrderId;
import dev.sessioncontrol.common.TerminateOrder;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reason that KickOptions accepts must be one a terminate order can carry. */
class KickOptionsReasonTest {
    @ParameterizedTest
    @ValueSource(strings = {"Line one\r\nLine two", "nul\u0000byte", "escape\u001b[2J",
        "line\u2028separator", "unpaired \ud800 surrogate", "tab\tand\nline feed"})
    void everyAcceptedReasonFitsATerminateOrder(String reason) {
        Throwable refused = catchThrowable(() -> KickOptions.builder().reason(reason).build());
        if (refused != null) {
            return;
        }
        String accepted = KickOptions.builder().reason(reason).build().reason();

        assertThatCode(() -> anOrderWithReason(accepted)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "escape\u001b[2J", "line\u2028separator",
        "unpaired \ud800 surrogate"})
    void refusesControlAndUnpairedCharactersByPosition(String reason) {
        Throwable refused = catchThrowable(() -> KickOptions.builder().reason(reason).build());

        org.assertj.core.api.Assertions.assertThat(refused)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position");
    }

    @org.junit.jupiter.api.Test
    void turnsWindowsLineEndsIntoLineFeeds() {
        String reason = KickOptions.builder().reason("one\r\ntwo\rthree").build().reason();

        org.assertj.core.api.Assertions.assertThat(reason).isEqualTo("one\ntwo\nthree");
    }

    private static TerminateOrder anOrderWithReason(String reason) {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        return TerminateOrder.builder()
                .targetSessionId("S1")
                .orderId(OrderId.random(new SecureRandom()))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(120))
                .issuer("maria")
                .reason(reason)
                .build();
    }
}
