package dev.sessioncontrol.sandbox.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScriptLinesTest {
    @Test
    void requestCarriesCodeOfSeveralLinesOnOneLine() {
        String code = "for s in range(2):\n    print s\n";

        String line = ScriptLines.request(7, code);

        assertThat(line).doesNotContain("\n");
        assertThat(ScriptLines.parseRequest(line)).isEqualTo(new ScriptLines.Request(7, code));
    }

    @Test
    void malformedRequestIsRefusedNamingTheForm() {
        assertThatThrownBy(() -> ScriptLines.parseRequest("print 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<number> <base64url>");
    }

    @Test
    void answerLinesAreToldFromOrdinaryOutput() {
        String marked = ScriptLines.answer(ScriptLines.Kind.ERROR, 3, "ValueError: no");

        assertThat(ScriptLines.parseAnswer(marked)).contains(
                new ScriptLines.Answer(ScriptLines.Kind.ERROR, 3, "ValueError: no"));
        assertThat(ScriptLines.parseAnswer("[client] Logged in as SC ERROR 3 x")).isEmpty();
        assertThat(ScriptLines.parseAnswer("ERROR 3 ValueError: no")).isEmpty();
    }

    @Test
    void endLinesCarryNoText() {
        String done = ScriptLines.answer(ScriptLines.Kind.DONE, 12, "");

        assertThat(ScriptLines.parseAnswer(done)).contains(
                new ScriptLines.Answer(ScriptLines.Kind.DONE, 12, ""));
    }
}
