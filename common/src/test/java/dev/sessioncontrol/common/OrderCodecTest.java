package dev.sessioncontrol.common;

import static dev.sessioncontrol.common.TestOrders.anOrder;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderCodecTest {
    /** The offset of the reason's length in the payload of {@code anOrder()}. */
    private static final int REASON_LENGTH_OFFSET = 36 + 2 + 8 + 2 + 5;

    @Test
    void encodesTheDocumentedLayout() {
        String expected = "01"                                  // version
                + "0123456789abcdef0123456789abcdef"            // order id
                + "0000018f34069e00"                            // issued at 2024-05-01T12:00Z
                + "0000018f34078860"                            // expires at, 60 s later
                + "001e"                                        // grace 30 s
                + "00"                                          // not forced
                + "0008" + "3346324139433142"                   // "3F2A9C1B"
                + "0005" + "61646d696e"                         // "admin"
                + "0014" + "4d61696e74656e616e63652061742031383a3030"; // "Maintenance at 18:00"

        assertThat(Bytes.toHex(OrderCodec.encode(anOrder().build()))).isEqualTo(expected);
    }

    @Test
    void encodingMatchesAnIndependentWriterOfTheLayout() {
        TerminateOrder order = anOrder().force(true).graceSeconds(3600)
                .reason("Wartung \u2713 \ud83d\udd27").issuer("J\u00fcrgen").build();

        assertThat(OrderCodec.encode(order)).isEqualTo(RawPayload.of(order).toBytes());
    }

    @Test
    void equalOrdersHaveEqualBytes() {
        byte[] first = OrderCodec.encode(anOrder().build());
        byte[] second = OrderCodec.encode(anOrder().build());

        assertThat(first).isEqualTo(second);
    }

    @Test
    void decodeReturnsTheEncodedOrder() throws Exception {
        TerminateOrder order = anOrder().force(true).reason("").issuer("\u7ba1\u7406\u8005")
                .issuedAt(Instant.parse("1969-12-31T23:59:59.999Z"))
                .expiresAt(Instant.parse("2300-01-01T00:00:00Z"))
                .build();

        assertThat(OrderCodec.decode(OrderCodec.encode(order))).isEqualTo(order);
    }

    @Test
    void largestOrderFitsTheTokenLimit() {
        String threeByteChars = "\u20ac";
        TerminateOrder largest = anOrder()
                .targetSessionId(threeByteChars.repeat(TerminateOrder.MAX_SESSION_ID_CHARS))
                .issuer(threeByteChars.repeat(TerminateOrder.MAX_ISSUER_CHARS))
                .reason(threeByteChars.repeat(TerminateOrder.MAX_REASON_CHARS))
                .build();

        byte[] payload = OrderCodec.encode(largest);
        String token = new OrderSigner().sign(largest, TestOrders.KEY);

        assertThat(payload).hasSize(36 + 6 + 3 * (128 + 128 + 500));
        assertThat(token.length()).isLessThanOrEqualTo(TerminateToken.MAX_LENGTH);
    }

    @Test
    void rejectsEveryProperPrefixOfAValidPayload() {
        byte[] payload = OrderCodec.encode(anOrder().build());

        for (int length = 0; length < payload.length; length++) {
            byte[] prefix = Arrays.copyOf(payload, length);
            assertThatThrownBy(() -> OrderCodec.decode(prefix))
                    .as("prefix of %d bytes", length)
                    .isInstanceOf(MalformedOrderException.class);
        }
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] payload = RawPayload.of(anOrder().build()).trailing(new byte[] {0}).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("1 bytes after the reason");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 0x76, 0xff})
    void rejectsVersionsOtherThanOne(int version) {
        byte[] payload = RawPayload.of(anOrder().build()).version(version).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("version must be 1, but was " + version);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 0x80, 0xff})
    void rejectsForceFlagOtherThanZeroOrOne(int force) {
        byte[] payload = RawPayload.of(anOrder().build()).force(force).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("force must be 0 or 1, but was " + force);
    }

    @ParameterizedTest
    @ValueSource(ints = {3601, 0x8000, 0xffff})
    void rejectsGraceAboveOneHour(int grace) {
        byte[] payload = RawPayload.of(anOrder().build()).graceSeconds(grace).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("graceSeconds must be 0 to 3600");
    }

    @Test
    void rejectsExpiryNotAfterIssue() {
        byte[] payload = RawPayload.of(anOrder().build())
                .issuedAtMillis(1000).expiresAtMillis(1000).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("expiresAt must be strictly after issuedAt");
    }

    @Test
    void rejectsTextLengthPastTheEnd() {
        byte[] payload = OrderCodec.encode(anOrder().build());
        payload[REASON_LENGTH_OFFSET + 1]++;

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("ends inside reason");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "c0af",         // overlong '/'
        "e080af",       // overlong '/' in three bytes
        "eda080",       // an encoded surrogate
        "e282",         // truncated sequence
        "ff",           // never valid in UTF-8
        "80",           // continuation byte without a start
        "f4908080",     // beyond U+10FFFF
        "f888808080"    // five-byte form
    })
    void rejectsInvalidUtf8(String invalidHex) {
        byte[] issuer = Bytes.concat("adm".getBytes(UTF_8), Bytes.fromHex(invalidHex));
        byte[] payload = RawPayload.of(anOrder().build()).issuer(issuer).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("issuer is not valid UTF-8");
    }

    @Test
    void acceptsAGenuineReplacementCharacter() throws Exception {
        TerminateOrder order = anOrder().reason("broken \ufffd text").build();

        assertThat(OrderCodec.decode(OrderCodec.encode(order))).isEqualTo(order);
    }

    @Test
    void rejectsInvalidUtf8NextToAGenuineReplacementCharacter() {
        byte[] reason = Bytes.concat("\ufffd".getBytes(UTF_8), Bytes.fromHex("c0af"));
        byte[] payload = RawPayload.of(anOrder().build()).reason(reason).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("reason is not valid UTF-8");
    }

    @Test
    void rejectsTextOverItsCharLimit() {
        byte[] reason = "r".repeat(TerminateOrder.MAX_REASON_CHARS + 1).getBytes(UTF_8);
        byte[] payload = RawPayload.of(anOrder().build()).reason(reason).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("reason must be at most 500 chars");
    }

    @Test
    void rejectsTextOverItsByteLimitBeforeDecodingIt() {
        byte[] target = Bytes.repeat('s', 3 * TerminateOrder.MAX_SESSION_ID_CHARS + 1);
        byte[] payload = RawPayload.of(anOrder().build()).targetSessionId(target).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("targetSessionId is 385 bytes");
    }

    @Test
    void rejectsBlankIssuer() {
        byte[] payload = RawPayload.of(anOrder().build()).issuer(new byte[0]).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("issuer must not be blank");
    }

    @Test
    void rejectsControlCharactersInTargetAndKeepsThemOutOfTheMessage() {
        byte[] target = "ab\ncd".getBytes(UTF_8);
        byte[] payload = RawPayload.of(anOrder().build()).targetSessionId(target).toBytes();

        assertThatThrownBy(() -> OrderCodec.decode(payload))
                .isInstanceOf(MalformedOrderException.class)
                .hasMessageContaining("targetSessionId must have no control characters")
                .hasMessageNotContaining("\n");
    }

    @Test
    void peekReadsTheClaimedOrderIdOfAnyVersionOnePayload() {
        byte[] payload = Arrays.copyOf(OrderCodec.encode(anOrder().build()), 17);

        assertThat(OrderCodec.peekOrderId(payload)).contains(TestOrders.ORDER_ID);
        assertThat(OrderCodec.peekOrderId(Arrays.copyOf(payload, 16))).isEmpty();
        payload[0] = 2;
        assertThat(OrderCodec.peekOrderId(payload)).isEmpty();
    }
}
