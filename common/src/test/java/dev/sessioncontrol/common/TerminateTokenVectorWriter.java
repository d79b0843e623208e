package dev.sessioncontrol.common;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes {@code vectors/terminate-v1.txt}. It was run once and its output committed; the tests
 * read the committed file and never call this class. Run it again only to extend the vectors:
 *
 * <pre>
 * java -cp common/target/classes:common/target/test-classes \
 *     dev.sessioncontrol.common.TerminateTokenVectorWriter \
 *     common/src/test/resources/vectors/terminate-v1.txt
 * </pre>
 */
final class TerminateTokenVectorWriter {
    private static final SessionKey KEY = TestOrders.KEY;
    private static final SessionKey OTHER_KEY = TestOrders.OTHER_KEY;
    private static final long SKEW_MILLIS = 30_000;
    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private final PrintWriter out;

    private TerminateTokenVectorWriter(PrintWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path path = Paths.get(args.length > 0
                ? args[0] : "common/src/test/resources/vectors/terminate-v1.txt");
        Files.createDirectories(path.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(path, UTF_8))) {
            new TerminateTokenVectorWriter(out).writeAll();
        }
    }

    private void writeAll() throws Exception {
        writeHeader();
        TerminateOrder basic = TestOrders.anOrder().build();
        writeOrder("ascii", KEY, basic);
        writeOrder("forced-without-grace-or-reason", KEY, TestOrders.anOrder()
                .orderId(OrderId.fromHex("ffffffffffffffff0000000000000000"))
                .force(true).graceSeconds(0).reason("").issuer("ops.lead").build());
        writeOrder("unicode-texts", KEY, TestOrders.anOrder()
                .targetSessionId("A1B2C3D4")
                .reason("Wartung um 18:00 \u2013 bitte speichern \u2713 \ud83d\udd27")
                .issuer("J\u00fcrgen \u5c71\u7530").build());
        writeOrder("every-limit-reached", KEY, TestOrders.anOrder()
                .targetSessionId("S".repeat(TerminateOrder.MAX_SESSION_ID_CHARS))
                .issuer("\u00e9".repeat(TerminateOrder.MAX_ISSUER_CHARS))
                .reason("\u20ac".repeat(TerminateOrder.MAX_REASON_CHARS))
                .graceSeconds(TerminateOrder.MAX_GRACE_SECONDS)
                .expiresAt(Instant.parse("2100-01-01T00:00:00Z")).build());
        writeOrder("before-the-epoch", KEY, TestOrders.anOrder()
                .issuedAt(Instant.parse("1969-12-31T23:59:59.999Z"))
                .expiresAt(Instant.parse("1970-01-01T00:00:00.001Z")).build());
        writeOrder("other-key", OTHER_KEY, basic);
        writeVerdicts(basic);
        writeSignedButMalformed(basic);
    }

    private void writeVerdicts(TerminateOrder basic) throws Exception {
        String token = sign(OrderCodec.encode(basic), KEY);
        Instant issued = basic.issuedAt();
        Instant expires = basic.expiresAt();
        String id = basic.orderId().toHex();
        String session = basic.targetSessionId();

        verify("accepted-at-issue", KEY, session, issued, 0, "", token, "ACCEPTED", id);
        verify("accepted-at-expiry-plus-skew", KEY, session, expires.plusMillis(SKEW_MILLIS), 0,
                "", token, "ACCEPTED", id);
        verify("expired", KEY, session, expires.plusMillis(SKEW_MILLIS + 1), 0, "", token,
                "EXPIRED", id);
        verify("accepted-at-issue-minus-skew", KEY, session, issued.minusMillis(SKEW_MILLIS), 0,
                "", token, "ACCEPTED", id);
        verify("not-yet-valid", KEY, session, issued.minusMillis(SKEW_MILLIS + 1), 0, "", token,
                "NOT_YET_VALID", id);
        verify("clock-offset-applied", KEY, session, issued.minus(Duration.ofHours(1)),
                3_600_000, "", token, "ACCEPTED", id);
        verify("wrong-session", KEY, TestOrders.OTHER_SESSION_ID, issued, 0, "", token,
                "WRONG_SESSION", id);
        verify("verifier-has-other-key", OTHER_KEY, session, issued, 0, "", token,
                "BAD_SIGNATURE", id);
        verify("replayed", KEY, session, issued, 0, token, token, "REPLAYED", id);

        String[] parts = token.split("\\.");
        byte[] payload = OrderCodec.encode(basic);
        byte[] tampered = OrderCodec.encode(basic.toBuilder().graceSeconds(3).build());
        verify("payload-changed-under-original-mac", KEY, session, issued, 0, "",
                "v1." + BASE64_URL.encodeToString(tampered) + "." + parts[2],
                "BAD_SIGNATURE", id);
        verify("mac-without-version-prefix", KEY, session, issued, 0, "",
                "v1." + parts[1] + "." + BASE64_URL.encodeToString(hmac(KEY, payload)),
                "BAD_SIGNATURE", id);
        verify("unsupported-version", KEY, session, issued, 0, "", "v2" + token.substring(2),
                "UNSUPPORTED_VERSION", "");
        verify("padded-base64", KEY, session, issued, 0, "", "v1." + parts[1] + "."
                + Base64.getUrlEncoder().encodeToString(hmac(KEY, signedBytes(payload))),
                "MALFORMED", "");
        verify("standard-base64-alphabet", KEY, session, issued, 0, "",
                "v1." + parts[1] + ".+" + parts[2].substring(1), "MALFORMED", "");
        verify("stray-bits-in-mac", KEY, session, issued, 0, "",
                token.substring(0, token.length() - 1) + strayBits(token), "MALFORMED", "");
        verify("truncated", KEY, session, issued, 0, "", token.substring(0, token.length() - 1),
                "MALFORMED", "");
        verify("over-length-limit", KEY, session, issued, 0, "",
                "v1." + "A".repeat(4050) + "." + "A".repeat(43), "MALFORMED", "");
        verify("empty", KEY, session, issued, 0, "", "", "MALFORMED", "");
    }

    private void writeSignedButMalformed(TerminateOrder basic) throws Exception {
        String id = basic.orderId().toHex();
        malformed("signed-version-byte-2", RawPayload.of(basic).version(2), "");
        malformed("signed-force-byte-2", RawPayload.of(basic).force(2), id);
        malformed("signed-grace-3601", RawPayload.of(basic).graceSeconds(3601), id);
        malformed("signed-expiry-equal-to-issue", RawPayload.of(basic)
                .expiresAtMillis(basic.issuedAt().toEpochMilli()), id);
        malformed("signed-trailing-byte", RawPayload.of(basic).trailing(new byte[] {0}), id);
        malformed("signed-overlong-utf8-in-issuer", RawPayload.of(basic)
                .issuer(Bytes.fromHex("61c0af")), id);
        malformed("signed-encoded-surrogate-in-reason", RawPayload.of(basic)
                .reason(Bytes.fromHex("eda080")), id);
        malformed("signed-control-character-in-target", RawPayload.of(basic)
                .targetSessionId("3F2A\n9C1B".getBytes(UTF_8)), id);
        malformed("signed-empty-issuer", RawPayload.of(basic).issuer(new byte[0]), id);
        malformed("signed-reason-of-501-chars", RawPayload.of(basic)
                .reason("r".repeat(501).getBytes(UTF_8)), id);
        byte[] lengthPastEnd = RawPayload.of(basic).toBytes();
        lengthPastEnd[lengthPastEnd.length - basic.reason().length() - 1]++;
        malformedBytes("signed-reason-length-past-end", lengthPastEnd, id);
    }

    private void malformed(String name, RawPayload payload, String claimedId) throws Exception {
        malformedBytes(name, payload.toBytes(), claimedId);
    }

    private void malformedBytes(String name, byte[] payload, String claimedId) throws Exception {
        Instant issued = TestOrders.ISSUED_AT;
        verify(name, KEY, TestOrders.SESSION_ID, issued, 0, "", sign(payload, KEY), "MALFORMED",
                claimedId);
    }

    private void writeHeader() {
        println("# Test vectors for Session Control terminate tokens, format v1.");
        println("# docs/protocol.md defines the format; its section 'Test vectors' explains");
        println("# this file. UTF-8. '#' starts a comment line. Records are separated by");
        println("# blank lines. Each line is 'field: value'; the value is everything after");
        println("# the first ': ' (empty if the line ends with ':'). Hex is lower-case;");
        println("# instants are ISO-8601 UTC and, redundantly, signed epoch milliseconds.");
        println("#");
        println("# kind: order  -- an order, its key, its canonical payload and its token.");
        println("#   Encoding the fields must give 'payload'; signing with 'key' must give");
        println("#   'token'; decoding 'payload' must give the fields back.");
        println("# kind: verify -- a verifier's settings, a token and the expected verdict.");
        println("#   'expect' is ACCEPTED or a reject reason; 'claimedOrderId' is the order");
        println("#   id the verdict reports (empty: none). If 'acceptFirst' is not empty,");
        println("#   that token is verified first (and accepted) by the same verifier.");
        println("#   Every verifier starts with an empty replay memory.");
        println();
    }

    private void writeOrder(String name, SessionKey key, TerminateOrder order) throws Exception {
        byte[] payload = OrderCodec.encode(order);
        line("kind", "order");
        line("name", name);
        line("key", Bytes.toHex(key.bytes()));
        line("targetSessionId", order.targetSessionId());
        line("orderId", order.orderId().toHex());
        line("issuedAt", order.issuedAt());
        line("issuedAtMillis", order.issuedAt().toEpochMilli());
        line("expiresAt", order.expiresAt());
        line("expiresAtMillis", order.expiresAt().toEpochMilli());
        line("graceSeconds", order.graceSeconds());
        line("force", order.isForce());
        line("issuer", order.issuer());
        line("reason", order.reason());
        line("payload", Bytes.toHex(payload));
        line("token", sign(payload, key));
        println();
    }

    private void verify(String name, SessionKey key, String sessionId, Instant now,
            long clockOffsetMillis, String acceptFirst, String token, String expect,
            String claimedOrderId) {
        line("kind", "verify");
        line("name", name);
        line("key", Bytes.toHex(key.bytes()));
        line("sessionId", sessionId);
        line("now", now);
        line("nowMillis", now.toEpochMilli());
        line("clockOffsetMillis", clockOffsetMillis);
        line("maxSkewMillis", SKEW_MILLIS);
        line("acceptFirst", acceptFirst);
        line("token", token);
        line("expect", expect);
        line("claimedOrderId", claimedOrderId);
        println();
    }

    private void println(String text) {
        out.print(text);
        println();
    }

    // Always '\n', so the file is the same whatever platform writes it.
    private void println() {
        out.print('\n');
    }

    private void line(String field, Object value) {
        String text = String.valueOf(value);
        println(text.isEmpty() ? field + ":" : field + ": " + text);
    }

    private static String sign(byte[] payload, SessionKey key) throws Exception {
        return "v1." + BASE64_URL.encodeToString(payload) + "."
                + BASE64_URL.encodeToString(hmac(key, signedBytes(payload)));
    }

    private static byte[] signedBytes(byte[] payload) {
        return Bytes.concat("v1.".getBytes(US_ASCII), payload);
    }

    private static byte[] hmac(SessionKey key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        return mac.doFinal(data);
    }

    private static char strayBits(String token) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        int value = alphabet.indexOf(token.charAt(token.length() - 1));
        return alphabet.charAt(value ^ 1);
    }
}
