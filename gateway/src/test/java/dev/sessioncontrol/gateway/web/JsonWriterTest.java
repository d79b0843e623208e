package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void placesCommasBetweenMembersAndArrayItems() {
        String json = new JsonWriter().beginObject()
                .name("a").value(1)
                .name("b").beginArray().value(true).nullValue().value("x").endArray()
                .name("c").beginObject().endObject()
                .endObject().toString();

        assertThat(json).isEqualTo("{\"a\":1,\"b\":[true,null,\"x\"],\"c\":{}}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        String json = new JsonWriter().value("say \"hi\"\\\n\t\u0001").toString();

        assertThat(json).isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001\"");
    }

    @Test
    void writesMarkupCharactersAsUnicodeEscapes() {
        String json = new JsonWriter().value("<img src=x onerror=alert(1)>&\u2028").toString();

        assertThat(json).doesNotContain("<", ">", "&", "\u2028")
                .isEqualTo("\"\\u003cimg src=x onerror=alert(1)\\u003e\\u0026\\u2028\"");
    }

    @Test
    void keepsNamesEscapedToo() {
        String json = new JsonWriter().beginObject().name("a\"b").value(false).endObject()
                .toString();

        assertThat(json).isEqualTo("{\"a\\\"b\":false}");
    }

    @Test
    void refusesToPrintAnUnfinishedDocument() {
        JsonWriter open = new JsonWriter().beginObject().name("a");

        assertThatThrownBy(open::toString).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still open");
    }
}
