package dev.sessioncontrol.common;

import static dev.sessioncontrol.common.TestOrders.anOrder;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class OrderSignerTest {
    private final OrderSigner signer = new OrderSigner();

    @Test
    void tokenIsVersionPayloadAndMacInUnpaddedBase64Url() throws Exception {
        TerminateOrder order = anOrder().build();
        byte[] payload = OrderCodec.encode(order);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestOrders.KEY.bytes(), "HmacSHA256"));
        byte[] expectedMac = mac.doFinal(Bytes.concat("v1.".getBytes(US_ASCII), payload));
        Base64.Encoder base64Url = Base64.getUrlEncoder().withoutPadding();

        String token = signer.sign(order, TestOrders.KEY);

        assertThat(token).isEqualTo("v1." + base64Url.encodeToString(payload) + "."
                + base64Url.encodeToString(expectedMac));
        assertThat(token).doesNotContain("=", "+", "/");
    }

    @Test
    void signingIsDeterministic() {
        TerminateOrder order = anOrder().build();

        assertThat(signer.sign(order, TestOrders.KEY))
                .isEqualTo(new OrderSigner().sign(order, TestOrders.KEY));
    }

    @Test
    void differentKeysGiveDifferentMacsForTheSamePayload() {
        TerminateOrder order = anOrder().build();

        String[] first = signer.sign(order, TestOrders.KEY).split("\\.");
        String[] second = signer.sign(order, TestOrders.OTHER_KEY).split("\\.");

        assertThat(first[1]).isEqualTo(second[1]);
        assertThat(first[2]).isNotEqualTo(second[2]);
    }

    @Test
    void alternatingKeysOnOneThreadSignEachWithItsOwnKey() {
        TerminateOrder order = anOrder().build();
        String withKey = signer.sign(order, TestOrders.KEY);
        String withOtherKey = signer.sign(order, TestOrders.OTHER_KEY);

        assertThat(signer.sign(order, TestOrders.KEY)).isEqualTo(withKey);
        assertThat(signer.sign(order, TestOrders.OTHER_KEY)).isEqualTo(withOtherKey);
    }

    @Test
    void signedTokenVerifies() {
        String token = signer.sign(anOrder().build(), TestOrders.KEY);

        Verdict verdict = TestOrders.aVerifier().build().verify(token);

        assertThat(verdict.isAccepted()).isTrue();
        assertThat(verdict.order()).isEqualTo(anOrder().build());
    }

    @Test
    void toStringNamesTheFormatAndAlgorithm() {
        assertThat(signer.toString()).isEqualTo("OrderSigner[v1, HmacSHA256]");
    }
}
