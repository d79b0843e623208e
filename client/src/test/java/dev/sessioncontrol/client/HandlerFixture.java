package dev.sessioncontrol.client;

import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;

import dev.sessioncontrol.common.OrderVerifier;
import dev.sessioncontrol.common.SessionKey;
import dev.sessioncontrol.common.TerminateOrder;
import dev.sessioncontrol.common.rpc.Acknowledgement;
import dev.sessioncontrol.common.rpc.SessionControlRpc;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.mockito.ArgumentCaptor;

/**
 * A terminate handler for {@link Orders#SESSION_ID} at {@link Orders#NOW}, with a gateway, a
 * notice, an exit and a scheduler that record what happens to them.
 */
final class HandlerFixture {
    final SessionKey key = Orders.aKey();
    final SessionControlRpc gateway = mock(SessionControlRpc.class);
    final RecordingNotice notice = new RecordingNotice();
    final RecordingExit exit = new RecordingExit();
    final ManualScheduler scheduler = new ManualScheduler();
    final TerminateHandler handler = new TerminateHandler(Orders.SESSION_ID,
            OrderVerifier.builder()
                    .sessionId(Orders.SESSION_ID)
                    .key(key)
                    .clock(Clock.fixed(Orders.NOW, ZoneOffset.UTC))
                    .build(),
            gateway, notice, exit, scheduler);

    /** Returns the token of an order signed with this session's key. */
    String tokenFor(TerminateOrder.Builder order) {
        return Orders.signed(order.build(), key);
    }

    /** Returns every acknowledgement sent to the gateway, in order. */
    List<Acknowledgement> acknowledgements() {
        boolean anySent = mockingDetails(gateway).getInvocations().stream()
                .anyMatch(call -> call.getMethod().getName().equals("acknowledge"));
        if (!anySent) {
            return Collections.emptyList();
        }
        ArgumentCaptor<Acknowledgement> sent = ArgumentCaptor.forClass(Acknowledgement.class);
        verify(gateway, atLeast(1)).acknowledge(sent.capture());
        return sent.getAllValues();
    }
}
