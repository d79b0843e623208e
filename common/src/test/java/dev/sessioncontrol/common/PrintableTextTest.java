package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintableTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"ok\n[gateway] FORGED", "bell\u0007", "esc\u001b[2J", "ad\u2028min",
        "\u202Enimda", "ws-\u200Bzero", "lone \ud800 surrogate"})
    void escapesWhatCouldForgeOrHideALine(String text) {
        String shown = PrintableText.of(text);

        assertThat(shown).doesNotContain("\n", "\u0007", "\u001b", "\u2028", "\u202E", "\u200B",
                "\ud800").contains("\\u");
        assertThat(PrintableText.hasHidden(text)).isTrue();
    }

    @Test
    void keepsPrintableTextAsItIs() {
        String text = "José <b>müller</b> 工場 \ud83d\ude00 tab-free";

        assertThat(PrintableText.of(text)).isEqualTo(text);
        assertThat(PrintableText.hasHidden(text)).isFalse();
    }

    @Test
    void cutsLongTextAndSaysHowLongItWas() {
        String shown = PrintableText.of("x".repeat(5000), 10);

        assertThat(shown).isEqualTo("xxxxxxxxxx...(5000 chars)");
    }

    @Test
    void showsNullAsAWord() {
        assertThat(PrintableText.of(null)).isEqualTo("null");
    }

    @Test
    void masksHiddenCodePointsAndCutsByCodePoint() {
        assertThat(PrintableText.masked("ab\u0000c\u202Ed\ud800", 10)).isEqualTo("ab?c?d?");
        assertThat(PrintableText.masked("\ud83d\ude00xyz", 2)).isEqualTo("\ud83d\ude00x...");
    }
}
