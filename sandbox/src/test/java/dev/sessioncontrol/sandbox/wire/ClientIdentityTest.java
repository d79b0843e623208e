package dev.sessioncontrol.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientIdentityTest {
    @Test
    void keepsMarkupInNamesAsText() {
        ClientIdentity identity = new ClientIdentity("<b>eve</b>", "ws-&amp;", "Plant",
                List.of("Operator"), false);

        assertThat(identity.user()).isEqualTo("<b>eve</b>");
        assertThat(identity.host()).isEqualTo("ws-&amp;");
    }

    @Test
    void refusesANameThatWouldAddALine() {
        assertThatThrownBy(() -> new ClientIdentity("eve", "ws-eve\n[gateway] forged", "Plant",
                List.of(), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host").hasMessageContaining("control character");
    }

    @Test
    void refusesAnOverlongName() {
        String longName = "x".repeat(ClientIdentity.MAX_NAME_CHARS + 1);

        assertThatThrownBy(() -> new ClientIdentity(longName, "ws", "Plant", List.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(ClientIdentity.MAX_NAME_CHARS));
    }

    @Test
    void treatsMissingNamesAndRolesAsEmpty() {
        ClientIdentity identity = new ClientIdentity(null, null, null, null, false);

        assertThat(identity.user()).isEmpty();
        assertThat(identity.roles()).isEmpty();
    }
}
