package dev.sessioncontrol.client;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTextArea;
import javax.swing.text.PlainDocument;
import org.junit.jupiter.api.Test;

class SwingCountdownNoticeTest {
    @Test
    void showsAReasonWithMarkupAsPlainText() {
        String reason = "<html><b>Maintenance</b><img src=x></html>";

        JTextArea area = SwingCountdownNotice.messageArea(reason, "<i>admin</i>");

        assertThat(area.getDocument()).isInstanceOf(PlainDocument.class);
        assertThat(area.getText()).startsWith(reason).contains("Requested by <i>admin</i>.");
        assertThat(area.isEditable()).isFalse();
    }

    @Test
    void countsDownInWholeSeconds() {
        assertThat(SwingCountdownNotice.remaining(7)).isEqualTo("This client closes in 7 s.");
    }
}
