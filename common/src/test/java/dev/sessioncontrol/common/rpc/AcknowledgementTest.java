package dev.sessioncontrol.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcknowledgementTest {
    private static final String ORDER_ID = "0123456789abcdef0123456789abcdef";

    @Test
    void exitingCarriesTheOrderIdAndNoDetail() {
        Acknowledgement ack = Acknowledgement.exiting(ORDER_ID);

        assertThat(ack.answer()).isEqualTo(Acknowledgement.Answer.EXITING);
        assertThat(ack.orderId()).contains(ORDER_ID);
        assertThat(ack.detail()).isEmpty();
    }

    @Test
    void rejectionOfAnUnreadableTokenHasNoOrderId() {
        Acknowledgement ack = Acknowledgement.rejected(null, "MALFORMED");

        assertThat(ack.answer()).isEqualTo(Acknowledgement.Answer.REJECTED);
        assertThat(ack.orderId()).isEmpty();
        assertThat(ack.detail()).isEqualTo("MALFORMED");
    }

    @Test
    void rejectionDetailIsBounded() {
        Acknowledgement ack = Acknowledgement.rejected(ORDER_ID, "x".repeat(10_000));

        assertThat(ack.detail().length()).isLessThanOrEqualTo(200);
    }
}
