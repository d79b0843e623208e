package dev.sessioncontrol.client;

import static dev.sessioncontrol.client.Orders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;

import com.inductiveautomation.ignition.common.gateway.messages.PushNotification;
import dev.sessioncontrol.common.rpc.Acknowledgement.Answer;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

class TerminateListenerTest {
    private static final String MODULE_ID = "dev.sessioncontrol";
    private static final String TERMINATE = "terminate";

    private final HandlerFixture client = new HandlerFixture();
    private final TerminateListener listener = new TerminateListener(client.handler);

    @Test
    void terminateMessageOfThisModuleReachesTheHandler() {
        String token = client.tokenFor(anOrder());

        listener.receiveNotification(new PushNotification(MODULE_ID, TERMINATE, token));

        assertThat(client.acknowledgements()).singleElement()
                .satisfies(ack -> assertThat(ack.answer()).isEqualTo(Answer.EXITING));
        assertThat(client.notice.shown()).hasSize(1);
    }

    @Test
    void messagesOfOtherModulesAreIgnored() {
        String token = client.tokenFor(anOrder());

        listener.receiveNotification(new PushNotification("com.example.other", TERMINATE, token));

        verifyNoInteractions(client.gateway);
        assertThat(client.notice.shown()).isEmpty();
    }

    @Test
    void otherMessageTypesOfThisModuleAreIgnored() {
        String token = client.tokenFor(anOrder());

        listener.receiveNotification(new PushNotification(MODULE_ID, "kick", token));

        verifyNoInteractions(client.gateway);
        assertThat(client.notice.shown()).isEmpty();
    }

    @Test
    void nullNotificationIsIgnored() {
        listener.receiveNotification(null);

        verifyNoInteractions(client.gateway);
    }

    @Test
    void messageThatIsNotTextIsRejectedAsMalformed() {
        listener.receiveNotification(new PushNotification(MODULE_ID, TERMINATE, 42));

        assertRejectedAsMalformed();
    }

    @Test
    void terminateMessageWithoutPayloadIsRejectedAsMalformed() {
        listener.receiveNotification(new PushNotification(MODULE_ID, TERMINATE, null));

        assertRejectedAsMalformed();
    }

    @Test
    void tokenBytesInsteadOfTextAreRejectedAsMalformed() {
        Serializable bytes = client.tokenFor(anOrder()).getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);

        listener.receiveNotification(new PushNotification(MODULE_ID, TERMINATE, bytes));

        assertRejectedAsMalformed();
    }

    private void assertRejectedAsMalformed() {
        assertThat(client.acknowledgements()).singleElement().satisfies(ack -> {
            assertThat(ack.answer()).isEqualTo(Answer.REJECTED);
            assertThat(ack.detail()).isEqualTo("MALFORMED");
            assertThat(ack.orderId()).isEmpty();
        });
        assertThat(client.notice.shown()).isEmpty();
        assertThat(client.scheduler.pendingTasks()).isZero();
    }
}
