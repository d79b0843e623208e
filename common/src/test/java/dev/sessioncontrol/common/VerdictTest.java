package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void acceptedVerdictCarriesTheOrderAndItsId() {
        TerminateOrder order = TestOrders.anOrder().build();

        Verdict verdict = Verdict.accepted(order);

        assertThat(verdict.isAccepted()).isTrue();
        assertThat(verdict.order()).isSameAs(order);
        assertThat(verdict.rejectReason()).isEmpty();
        assertThat(verdict.claimedOrderId()).contains(order.orderId());
    }

    @Test
    void rejectedVerdictCarriesReasonAndClaimedId() {
        Verdict verdict = Verdict.rejected(RejectReason.EXPIRED, Optional.of(TestOrders.ORDER_ID));

        assertThat(verdict.isAccepted()).isFalse();
        assertThat(verdict.rejectReason()).contains(RejectReason.EXPIRED);
        assertThat(verdict.claimedOrderId()).contains(TestOrders.ORDER_ID);
    }

    @Test
    void orderOfRejectedVerdictIsAMisuse() {
        Verdict verdict = Verdict.rejected(RejectReason.MALFORMED, Optional.empty());

        assertThatThrownBy(verdict::order)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MALFORMED")
                .hasMessageContaining("isAccepted()");
    }

    @Test
    void verdictsWithTheSameContentAreEqual() {
        assertThat(Verdict.rejected(RejectReason.REPLAYED, Optional.of(TestOrders.ORDER_ID)))
                .isEqualTo(Verdict.rejected(RejectReason.REPLAYED,
                        Optional.of(TestOrders.ORDER_ID)))
                .isNotEqualTo(Verdict.rejected(RejectReason.REPLAYED, Optional.empty()));
    }

    @Test
    void everyReasonHasADescription() {
        for (RejectReason reason : RejectReason.values()) {
            assertThat(reason.description()).as(reason.name()).isNotBlank();
        }
    }
}
