package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {
    @Test
    void randomIdTakesItsSixteenBytesFromTheGivenSource() {
        byte[] script = Bytes.fromHex("00112233445566778899aabbccddeeff");

        OrderId id = OrderId.random(new ScriptedRandom(script));

        assertThat(id.toHex()).isEqualTo("00112233445566778899aabbccddeeff");
    }

    @Test
    void hexRoundTripsThroughFromHex() {
        OrderId id = OrderId.fromHex("80000000000000017fffffffffffffff");

        assertThat(OrderId.fromHex(id.toHex())).isEqualTo(id);
        assertThat(id.toHex()).isEqualTo("80000000000000017fffffffffffffff");
    }

    @Test
    void upperCaseHexIsReadAndWrittenBackInLowerCase() {
        OrderId id = OrderId.fromHex("ABCDEF0123456789ABCDEF0123456789");

        assertThat(id.toHex()).isEqualTo("abcdef0123456789abcdef0123456789");
        assertThat(id).isEqualTo(OrderId.fromHex("abcdef0123456789abcdef0123456789"));
    }

    @Test
    void toStringIsTheHexForm() {
        assertThat(TestOrders.ORDER_ID.toString()).isEqualTo(TestOrders.ORDER_ID.toHex());
    }

    @Test
    void idsWithDifferentBitsAreDifferent() {
        OrderId a = OrderId.fromHex("00000000000000000000000000000001");
        OrderId b = OrderId.fromHex("10000000000000000000000000000000");

        assertThat(a).isNotEqualTo(b);
        assertThat(a).isEqualTo(OrderId.fromHex("00000000000000000000000000000001"));
        assertThat(a.hashCode())
                .isEqualTo(OrderId.fromHex("00000000000000000000000000000001").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0123", "0123456789abcdef0123456789abcdef0",
            "0123456789abcdef0123456789abcdeg", " 123456789abcdef0123456789abcdef",
            "0x23456789abcdef0123456789abcdef"})
    void fromHexRejectsAnythingButThirtyTwoHexDigits(String bad) {
        assertThatThrownBy(() -> OrderId.fromHex(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 hex digits");
    }
}
