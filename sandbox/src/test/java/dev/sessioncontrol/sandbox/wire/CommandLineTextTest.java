package dev.sessioncontrol.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLineTextTest {
    @Test
    void namesBeyondAsciiTravelAsAsciiAndArriveUnchanged() {
        String name = "Jos\u00e9 M\u00fcller-\u5f20, \"ops\" 100%";

        String ascii = CommandLineText.encode(name);

        assertThat(ascii.chars()).allMatch(c -> c > 32 && c < 127);
        assertThat(ascii).doesNotContain(",");
        assertThat(CommandLineText.decode(ascii)).isEqualTo(name);
    }
}
