package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonObjectTest {
    @Test
    void readsStringsWholeNumbersBooleansAndNull() {
        Map<String, Object> members = FlatJsonObject.parse(
                " {\"s\": \"a\\\"b\\u00e9\\n\", \"n\": -42, \"t\": true,"
                + " \"f\": false, \"z\": null} ");

        assertThat(members).containsEntry("s", "a\"b\u00e9\n").containsEntry("n", -42L)
                .containsEntry("t", true).containsEntry("f", false)
                .containsEntry("z", FlatJsonObject.NULL);
    }

    @Test
    void readsAnEmptyObject() {
        assertThat(FlatJsonObject.parse("{}")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "[]", "{", "{\"a\":1,}", "{\"a\":{}}", "{\"a\":[1]}", "{\"a\":1.5}", "{\"a\":1e3}",
        "{\"a\":01}", "{\"a\":1} x", "{a:1}", "{\"a\":\"\u0001\"}", "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}", "{\"a\":tru}", "{\"a\":1234567890123456789}"
    })
    void refusesAnythingButAFlatObject(String body) {
        assertThatThrownBy(() -> FlatJsonObject.parse(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("The request body is not valid: at character");
    }

    @Test
    void refusesARepeatedMemberAndNamesIt() {
        assertThatThrownBy(() -> FlatJsonObject.parse("{\"force\":false,\"force\":true}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'force' repeats");
    }
}
