package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sessioncontrol.common.rpc.KickOptions;
import org.junit.jupiter.api.Test;

class KickRequestBodyTest {
    @Test
    void readsEveryMember() {
        KickOptions options = KickRequestBody.parse("{\"reason\":\"Maintenance\","
                + "\"graceSeconds\":30,\"force\":true,\"includeDesigners\":true,"
                + "\"lockoutMinutes\":15}");

        assertThat(options.reason()).isEqualTo("Maintenance");
        assertThat(options.graceSeconds()).isEqualTo(30);
        assertThat(options.isForce()).isTrue();
        assertThat(options.isIncludeDesigners()).isTrue();
        assertThat(options.lockoutMinutes()).isEqualTo(15);
    }

    @Test
    void missingAndNullMembersTakeTheDefaults() {
        KickOptions options = KickRequestBody.parse("{\"reason\":null}");

        assertThat(options).isEqualTo(KickOptions.builder().build());
    }

    @Test
    void refusesAnUnknownMemberAndListsTheAcceptedOnes() {
        assertThatThrownBy(() -> KickRequestBody.parse("{\"grace\":30}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown member 'grace'")
                .hasMessageContaining("graceSeconds");
    }

    @Test
    void refusesAGraceTimeGivenAsText() {
        assertThatThrownBy(() -> KickRequestBody.parse("{\"graceSeconds\":\"30\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member 'graceSeconds' must be a whole number, not a string");
    }

    @Test
    void refusesAGraceTimeOutOfRange() {
        assertThatThrownBy(() -> KickRequestBody.parse("{\"graceSeconds\":3601}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("graceSeconds is 3601; expected 0 to 3600");
    }

    @Test
    void refusesAForceFlagThatIsNotABoolean() {
        assertThatThrownBy(() -> KickRequestBody.parse("{\"force\":1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Member 'force' must be true or false, not 1");
    }
}
