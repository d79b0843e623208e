package dev.sessioncontrol.common;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the code against the committed vectors in {@code vectors/terminate-v1.txt}. */
class TerminateTokenVectorsTest {
    private static final String RESOURCE = "/vectors/terminate-v1.txt";

    private static List<Map<String, String>> records;

    @BeforeAll
    static void readVectors() throws IOException {
        try (InputStream in = TerminateTokenVectorsTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            records = VectorFile.read(new InputStreamReader(in, UTF_8));
        }
    }

    @Test
    void vectorsCoverEveryVerdict() {
        Set<String> expected = ofKind("verify").map(r -> r.get("expect"))
                .collect(Collectors.toSet());

        assertThat(ofKind("order").count()).isGreaterThanOrEqualTo(6);
        assertThat(expected).contains("ACCEPTED");
        for (RejectReason reason : EnumSet.allOf(RejectReason.class)) {
            assertThat(expected).as("vectors expecting %s", reason).contains(reason.name());
        }
    }

    @TestFactory
    Stream<DynamicTest> orderVectorsEncodeSignAndDecodeAsRecorded() {
        return ofKind("order").map(r -> DynamicTest.dynamicTest(r.get("name"), () -> {
            TerminateOrder order = orderOf(r);
            SessionKey key = SessionKey.of(Bytes.fromHex(r.get("key")));
            byte[] payload = Bytes.fromHex(r.get("payload"));

            assertThat(Bytes.toHex(OrderCodec.encode(order))).isEqualTo(r.get("payload"));
            assertThat(RawPayload.of(order).toBytes()).isEqualTo(payload);
            assertThat(OrderCodec.decode(payload)).isEqualTo(order);
            assertThat(new OrderSigner().sign(order, key)).isEqualTo(r.get("token"));
            assertThat(tokenByJdkPrimitives(key, payload)).isEqualTo(r.get("token"));
            assertThat(verifierFor(key, order).verify(r.get("token")))
                    .isEqualTo(Verdict.accepted(order));
        }));
    }

    @TestFactory
    Stream<DynamicTest> verifyVectorsGiveTheRecordedVerdict() {
        return ofKind("verify").map(r -> DynamicTest.dynamicTest(r.get("name"), () -> {
            OrderVerifier verifier = verifierOf(r);
            if (!r.get("acceptFirst").isEmpty()) {
                assertThat(verifier.verify(r.get("acceptFirst")).isAccepted()).isTrue();
            }

            Verdict verdict = verifier.verify(r.get("token"));

            String outcome = verdict.isAccepted()
                    ? "ACCEPTED" : verdict.rejectReason().orElseThrow().name();
            assertThat(outcome).isEqualTo(r.get("expect"));
            assertThat(verdict.claimedOrderId().map(OrderId::toHex).orElse(""))
                    .isEqualTo(r.get("claimedOrderId"));
        }));
    }

    private static Stream<Map<String, String>> ofKind(String kind) {
        return records.stream().filter(r -> kind.equals(r.get("kind")));
    }

    private static TerminateOrder orderOf(Map<String, String> r) {
        Instant issuedAt = Instant.parse(r.get("issuedAt"));
        Instant expiresAt = Instant.parse(r.get("expiresAt"));
        assertThat(issuedAt.toEpochMilli()).isEqualTo(Long.parseLong(r.get("issuedAtMillis")));
        assertThat(expiresAt.toEpochMilli()).isEqualTo(Long.parseLong(r.get("expiresAtMillis")));
        return TerminateOrder.builder()
                .targetSessionId(r.get("targetSessionId"))
                .orderId(OrderId.fromHex(r.get("orderId")))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .graceSeconds(Integer.parseInt(r.get("graceSeconds")))
                .force(Boolean.parseBoolean(r.get("force")))
                .issuer(r.get("issuer"))
                .reason(r.get("reason"))
                .build();
    }

    private static OrderVerifier verifierFor(SessionKey key, TerminateOrder order) {
        return OrderVerifier.builder()
                .sessionId(order.targetSessionId())
                .key(key)
                .clock(TestOrders.clockAt(order.issuedAt()))
                .build();
    }

    private static OrderVerifier verifierOf(Map<String, String> r) {
        Instant now = Instant.parse(r.get("now"));
        assertThat(now.toEpochMilli()).isEqualTo(Long.parseLong(r.get("nowMillis")));
        return OrderVerifier.builder()
                .sessionId(r.get("sessionId"))
                .key(SessionKey.of(Bytes.fromHex(r.get("key"))))
                .clock(TestOrders.clockAt(now))
                .clockOffset(Duration.ofMillis(Long.parseLong(r.get("clockOffsetMillis"))))
                .maxSkew(Duration.ofMillis(Long.parseLong(r.get("maxSkewMillis"))))
                .build();
    }

    private static String tokenByJdkPrimitives(SessionKey key, byte[] payload)
            throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        mac.update("v1.".getBytes(US_ASCII));
        Base64.Encoder base64Url = Base64.getUrlEncoder().withoutPadding();
        return "v1." + base64Url.encodeToString(payload) + "."
                + base64Url.encodeToString(mac.doFinal(payload));
    }

}
