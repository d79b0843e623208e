package dev.sessioncontrol.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionScopeTest {
    @Test
    void labelsParseBackToTheirScope() {
        for (SessionScope scope : SessionScope.values()) {
            assertThat(SessionScope.fromLabel(scope.label())).isSameAs(scope);
        }
    }

    @Test
    void labelsParseWithoutRegardToCaseOrSurroundingBlanks() {
        assertThat(SessionScope.fromLabel(" Designer ")).isSameAs(SessionScope.DESIGNER);
        assertThat(SessionScope.fromLabel("CLIENT")).isSameAs(SessionScope.CLIENT);
    }

    @Test
    void unknownLabelIsRefusedNamingItAndTheChoices() {
        assertThatThrownBy(() -> SessionScope.fromLabel("gateway"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'gateway'")
                .hasMessageContaining("'client'")
                .hasMessageContaining("'designer'");
    }
}
