package dev.sessioncontrol.sandbox.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.common.SessionControlModule;
import dev.sessioncontrol.sandbox.wire.NestedSets;
import dev.sessioncontrol.sandbox.wire.PushBatch;
import dev.sessioncontrol.sandbox.wire.WireCodec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a client reads the notifications of one push batch. */
class PushBatchReadingTest {
    @Test
    void skipsAnUnreadableNotificationAndKeepsTheOthersOfItsBatch() {
        byte[] first = encoded("v1.first");
        byte[] truncated = Arrays.copyOf(encoded("v1.cut"), 20);
        byte[] refused = NestedSets.bomb(3);
        byte[] second = encoded("v1.second");

        List<PushNotification> read = PollingGatewayConnection.readable(
                new PushBatch(List.of(first, truncated, refused, second)));

        assertThat(read).extracting(PushNotification::getMessage)
                .containsExactly("v1.first", "v1.second");
    }

    private static byte[] encoded(String token) {
        return WireCodec.encode(new PushNotification(SessionControlModule.MODULE_ID,
                SessionControlModule.TERMINATE_MESSAGE_TYPE, token));
    }
}
