package dev.sessioncontrol.client;

import static dev.sessioncontrol.client.Orders.anOrder;
import static dev.sessioncontrol.client.Orders.anOrderIssuedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;

import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.Acknowledgement.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TerminateHandlerTest {
    private final HandlerFixture client = new HandlerFixture();

    @Test
    void validOrderIsAcknowledgedAsExitingWithItsId() {
        TerminateOrder order = anOrder().build();

        client.handler.handle(client.tokenFor(order.toBuilder()));

        assertThat(client.acknowledgements()).singleElement().satisfies(ack -> {
            assertThat(ack.answer()).isEqualTo(Answer.EXITING);
            assertThat(ack.orderId()).contains(order.orderId().toHex());
        });
    }

    @Test
    void validOrderShowsTheReasonTheIssuerAndTheGraceTime() {
        client.handler.handle(client.tokenFor(
                anOrder().reason("Shift change").issuer("maria").graceSeconds(45)));

        assertThat(client.notice.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.reason).isEqualTo("Shift change");
            assertThat(shown.issuer).isEqualTo("maria");
            assertThat(shown.graceSeconds).isEqualTo(45);
        });
        assertThat(client.handler.isTerminating()).isTrue();
    }

    @Test
    void emptyReasonShowsTheDefaultSentence() {
        client.handler.handle(client.tokenFor(anOrder().reason("")));

        assertThat(client.notice.shown()).singleElement()
                .satisfies(shown -> assertThat(shown.reason)
                        .isEqualTo(TerminateHandler.DEFAULT_REASON).isNotBlank());
    }

    @Test
    void blankReasonShowsTheDefaultSentence() {
        client.handler.handle(client.tokenFor(anOrder().reason(" \t ")));

        assertThat(client.notice.shown()).singleElement()
                .satisfies(shown -> assertThat(shown.reason)
                        .isEqualTo(TerminateHandler.DEFAULT_REASON));
    }

    @Test
    void exitWaitsForTheGraceTime() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(30)));

        client.scheduler.elapse(Duration.ofSeconds(29));

        assertThat(client.exit.forceFlags()).isEmpty();
    }

    @Test
    void exitRunsWhenTheGraceTimeIsOverWithTheOrdersForceFlag() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(30).force(true)));

        client.scheduler.elapse(Duration.ofSeconds(30));

        assertThat(client.exit.forceFlags()).containsExactly(true);
    }

    @Test
    void unforcedOrderExitsWithoutForce() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(5).force(false)));

        client.scheduler.elapse(Duration.ofSeconds(5));

        assertThat(client.exit.forceFlags()).containsExactly(false);
    }

    @Test
    void noGraceExitsAtOnce() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(0).force(true)));

        client.scheduler.elapse(Duration.ZERO);

        assertThat(client.exit.forceFlags()).containsExactly(true);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejectedAndChangesNothing() {
        String forged = Orders.signed(anOrder().graceSeconds(0).build(), Orders.aKey());

        client.handler.handle(forged);

        assertRejectedWithoutEffect("BAD_SIGNATURE");
    }

    @Test
    void orderForAnotherSessionIsRejectedWithTheClaimedId() {
        TerminateOrder order = anOrder().targetSessionId(Orders.OTHER_SESSION_ID).build();

        client.handler.handle(client.tokenFor(order.toBuilder()));

        assertRejectedWithoutEffect("WRONG_SESSION");
        assertThat(client.acknowledgements().get(0).orderId())
                .contains(order.orderId().toHex());
    }

    @Test
    void expiredOrderIsRejected() {
        client.handler.handle(client.tokenFor(
                anOrderIssuedAt(Orders.NOW.minus(Duration.ofMinutes(10)))));

        assertRejectedWithoutEffect("EXPIRED");
    }

    @Test
    void replayedOrderIsRejectedAndDoesNotExitTwice() {
        String token = client.tokenFor(anOrder().graceSeconds(1));
        client.handler.handle(token);

        client.handler.handle(token);
        client.scheduler.elapse(Duration.ofMinutes(1));

        assertThat(client.acknowledgements()).extracting(Acknowledgement::answer)
                .containsExactly(Answer.EXITING, Answer.REJECTED);
        assertThat(client.acknowledgements().get(1).detail()).isEqualTo("REPLAYED");
        assertThat(client.notice.shown()).hasSize(1);
        assertThat(client.exit.forceFlags()).hasSize(1);
    }

    @Test
    void textThatIsNoTokenIsRejectedAsMalformedWithoutAnOrderId() {
        client.handler.handle("<html>exit now</html>");

        assertRejectedWithoutEffect("MALFORMED");
        assertThat(client.acknowledgements().get(0).orderId()).isEmpty();
    }

    @Test
    void nullTokenIsRejectedAsMalformed() {
        client.handler.handle(null);

        assertRejectedWithoutEffect("MALFORMED");
    }

    @Test
    void secondValidOrderIsAcknowledgedButDoesNotExitAgain() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(10)));

        client.handler.handle(client.tokenFor(anOrder().graceSeconds(10)));
        client.scheduler.elapse(Duration.ofMinutes(1));

        assertThat(client.acknowledgements()).extracting(Acknowledgement::answer)
                .containsExactly(Answer.EXITING, Answer.EXITING);
        assertThat(client.notice.shown()).hasSize(1);
        assertThat(client.exit.forceFlags()).hasSize(1);
    }

    @Test
    void secondOrderCannotShortenTheRunningCountdown() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(60)));

        client.handler.handle(client.tokenFor(anOrder().graceSeconds(0).force(true)));
        client.scheduler.elapse(Duration.ofSeconds(59));

        assertThat(client.exit.forceFlags()).isEmpty();
    }

    @Test
    void laterOrderCanEndAClientThatVetoedAnUnforcedExit() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(5).force(false)));
        client.scheduler.elapse(Duration.ofSeconds(5));

        client.handler.handle(client.tokenFor(anOrder().graceSeconds(0).force(true)));
        client.scheduler.elapse(Duration.ZERO);

        assertThat(client.notice.shown()).hasSize(2);
        assertThat(client.exit.forceFlags()).containsExactly(false, true);
    }

    @Test
    void noOrderRunsAnotherExitAfterAForcedOne() {
        client.handler.handle(client.tokenFor(anOrder().graceSeconds(0).force(true)));
        client.scheduler.elapse(Duration.ZERO);

        client.handler.handle(client.tokenFor(anOrder().graceSeconds(0).force(true)));
        client.scheduler.elapse(Duration.ofMinutes(1));

        assertThat(client.acknowledgements()).extracting(Acknowledgement::answer)
                .containsExactly(Answer.EXITING, Answer.EXITING);
        assertThat(client.notice.shown()).hasSize(1);
        assertThat(client.exit.forceFlags()).containsExactly(true);
    }

    @Test
    void failedAcknowledgementDoesNotStopTheExit() {
        doThrow(new IllegalStateException("gateway unreachable"))
                .when(client.gateway).acknowledge(any());

        assertThatCode(() -> client.handler.handle(
                client.tokenFor(anOrder().graceSeconds(3).force(true))))
                .doesNotThrowAnyException();
        client.scheduler.elapse(Duration.ofSeconds(3));

        assertThat(client.notice.shown()).hasSize(1);
        assertThat(client.exit.forceFlags()).containsExactly(true);
    }

    @Test
    void unreadableMessageIsRejectedAsMalformed() {
        client.handler.handleUnreadable("a java.lang.Integer instead of a token");

        assertRejectedWithoutEffect("MALFORMED");
        assertThat(client.acknowledgements().get(0).orderId()).isEmpty();
    }

    private void assertRejectedWithoutEffect(String reason) {
        assertThat(client.acknowledgements()).singleElement().satisfies(ack -> {
            assertThat(ack.answer()).isEqualTo(Answer.REJECTED);
            assertThat(ack.detail()).isEqualTo(reason);
        });
        assertThat(client.notice.shown()).isEmpty();
        assertThat(client.scheduler.pendingTasks()).isZero();
        client.scheduler.elapse(Duration.ofHours(2));
        assertThat(client.exit.forceFlags()).isEmpty();
        assertThat(client.handler.isTerminating()).isFalse();
    }
}
