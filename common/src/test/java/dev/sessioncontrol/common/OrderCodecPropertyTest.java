package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class OrderCodecPropertyTest {
    @Provide
    Arbitrary<TerminateOrder> orders() {
        return OrderArbitraries.orders();
    }

    @Property
    void decodeGivesBackEveryEncodedOrder(@ForAll("orders") TerminateOrder order)
            throws MalformedOrderException {
        assertThat(OrderCodec.decode(OrderCodec.encode(order))).isEqualTo(order);
    }

    @Property
    void encodingMatchesTheIndependentLayoutWriter(@ForAll("orders") TerminateOrder order) {
        assertThat(OrderCodec.encode(order)).isEqualTo(RawPayload.of(order).toBytes());
    }

    @Property
    void everyPayloadThatDecodesIsTheCanonicalFormOfItsOrder(
            @ForAll("orders") TerminateOrder order, @ForAll int position, @ForAll byte value) {
        byte[] payload = OrderCodec.encode(order);
        payload[Math.floorMod(position, payload.length)] = value;

        assertCanonicalOrMalformed(payload);
    }

    @Property
    void insertingOrDeletingAByteNeverGivesAnotherEncodingOfAnOrder(
            @ForAll("orders") TerminateOrder order, @ForAll int position, @ForAll byte value) {
        byte[] payload = OrderCodec.encode(order);
        int at = Math.floorMod(position, payload.length);
        byte[] inserted = new byte[payload.length + 1];
        System.arraycopy(payload, 0, inserted, 0, at);
        inserted[at] = value;
        System.arraycopy(payload, at, inserted, at + 1, payload.length - at);
        byte[] deleted = new byte[payload.length - 1];
        System.arraycopy(payload, 0, deleted, 0, at);
        System.arraycopy(payload, at + 1, deleted, at, payload.length - at - 1);

        assertCanonicalOrMalformed(inserted);
        assertCanonicalOrMalformed(deleted);
    }

    @Property
    void arbitraryBytesEitherDecodeCanonicallyOrAreMalformed(
            @ForAll @Size(max = 700) byte[] bytes) {
        assertCanonicalOrMalformed(bytes);
    }

    private static void assertCanonicalOrMalformed(byte[] payload) {
        TerminateOrder decoded;
        try {
            decoded = OrderCodec.decode(payload);
        } catch (MalformedOrderException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return;
        }
        assertThat(OrderCodec.encode(decoded))
                .as("re-encoding of %s", Arrays.toString(payload))
                .isEqualTo(payload);
    }
}
