package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.KickOptions;
import dev.sessioncontrol.gateway.session.FakeSessions.FakeSession;
import dev.sessioncontrol.gateway.session.FakeSessions.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderFollowUpTest {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final ManualClock clock = new ManualClock();
    private final FakeSessions sessions = new FakeSessions();
    private final OrderLedger ledger = new OrderLedger(100, clock);
    private final OrderFollowUp followUp = new OrderFollowUp(ledger, sessions.registry(), clock,
            ANSWER_TIMEOUT);
    private KickService service;
    private FakeSession target;

    @BeforeEach
    void wire() {
        service = sessions.kickService(clock).ledger(ledger).build();
        target = sessions.client("c-1").user("alice").registered().add();
    }

    private String kickTarget() {
        return service.kick(Caller.gateway(), "c-1", KickOptions.builder().build()).orderId()
                .get();
    }

    @Test
    void invalidatesAStillPresentSessionThatDidNotAnswerInTime() {
        String orderId = kickTarget();
        clock.advance(ANSWER_TIMEOUT.plusSeconds(1));

        followUp.run();

        assertThat(target.invalidations()).isEqualTo(1);
        assertThat(ledger.status(orderId)).contains(OrderStatus.NO_ANSWER);
        assertThat(sessions.registry().find("c-1")).isEmpty();
    }

    @Test
    void invalidatesOnlyOnceHoweverOftenItRuns() {
        String orderId = kickTarget();
        clock.advance(ANSWER_TIMEOUT.plusSeconds(1));

        followUp.run();
        followUp.run();

        assertThat(target.invalidations()).isEqualTo(1);
        assertThat(ledger.status(orderId)).contains(OrderStatus.NO_ANSWER);
    }

    @Test
    void recordsAnOrderWhoseSessionHasGoneAsGone() {
        String orderId = kickTarget();
        target.end();
        clock.advance(ANSWER_TIMEOUT.plusSeconds(1));

        followUp.run();

        assertThat(ledger.status(orderId)).contains(OrderStatus.GONE);
        assertThat(target.invalidations()).isZero();
    }

    @Test
    void leavesAnAcknowledgedOrderAlone() {
        String orderId = kickTarget();
        ledger.acknowledge("c-1", Acknowledgement.exiting(orderId));
        clock.advance(ANSWER_TIMEOUT.plusSeconds(1));

        followUp.run();

        assertThat(ledger.status(orderId)).contains(OrderStatus.ACKNOWLEDGED);
        assertThat(target.invalidations()).isZero();
    }

    @Test
    void leavesARejectedOrderAlone() {
        String orderId = kickTarget();
        ledger.acknowledge("c-1", Acknowledgement.rejected(orderId, "EXPIRED"));
        clock.advance(ANSWER_TIMEOUT.plusSeconds(1));

        followUp.run();

        assertThat(ledger.status(orderId)).contains(OrderStatus.REJECTED);
        assertThat(target.invalidations()).isZero();
    }

    @Test
    void leavesAnOrderYoungerThanTheTimeoutAlone() {
        String orderId = kickTarget();
        clock.advance(ANSWER_TIMEOUT.minusSeconds(1));

        followUp.run();

        assertThat(ledger.status(orderId)).contains(OrderStatus.SENT);
        assertThat(target.invalidations()).isZero();
    }

    @Test
    void countsTheTimeoutFromIssueWhateverTheGraceTime() {
        String orderId = service.kick(Caller.gateway(), "c-1",
                KickOptions.builder().graceSeconds(120).build()).orderId().get();
        clock.advance(ANSWER_TIMEOUT.minusSeconds(1));
        followUp.run();
        assertThat(ledger.status(orderId)).contains(OrderStatus.SENT);

        clock.advance(Duration.ofSeconds(2));
        followUp.run();

        assertThat(ledger.status(orderId)).contains(OrderStatus.NO_ANSWER);
        assertThat(target.invalidations()).isEqualTo(1);
    }

    @Test
    void settlesOnlyTheOrdersThatAreDue() {
        String old = kickTarget();
        FakeSession newer = sessions.client("c-2").user("bob").registered().add();
        clock.advance(Duration.ofSeconds(40));
        String young = service.kick(Caller.gateway(), "c-2", KickOptions.builder().build())
                .orderId().get();
        clock.advance(Duration.ofSeconds(30));

        followUp.run();

        assertThat(ledger.status(old)).contains(OrderStatus.NO_ANSWER);
        assertThat(ledger.status(young)).contains(OrderStatus.SENT);
        assertThat(newer.invalidations()).isZero();
    }
}
