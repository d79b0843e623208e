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
    void refusesARejectionThatNamesNoReasonWithoutEchoingItWhole() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> Acknowledgement.rejected(ORDER_ID, "x".repeat(10_000)));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RejectReason");
        assertThat(refused.getMessage().length()).isLessThan(200);
    }

    @Test
    void refusesAnOrderIdThatIsNotThirtyTwoHexDigits() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> Acknowledgement.exiting("abc\n[gateway] FORGED"));

        assertThat(refused).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDeserializedAcknowledgementIsCheckedAgain() throws Exception {
        Acknowledgement genuine = Acknowledgement.rejected(ORDER_ID, "MALFORMED");
        java.lang.reflect.Field detail = Acknowledgement.class.getDeclaredField("detail");
        detail.setAccessible(true);
        detail.set(genuine, "FORGED\n[gateway] line");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(genuine);
        }

        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> {
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                in.readObject();
            }
        });

        assertThat(refused).isInstanceOf(java.io.InvalidObjectException.class);
    }
}
