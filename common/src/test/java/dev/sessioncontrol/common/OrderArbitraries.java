package dev.sessioncontrol.common;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of valid orders and their texts, covering the whole value space. */
final class OrderArbitraries {
    private OrderArbitraries() {
    }

    static Arbitrary<TerminateOrder> orders() {
        Arbitrary<Long> issuedAt = Arbitraries.longs().between(Long.MIN_VALUE, Long.MAX_VALUE - 1);
        Arbitrary<Long> lifetime = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 3_600_000),
                Arbitraries.longs().between(1, Long.MAX_VALUE));
        return Combinators.combine(
                        names(TerminateOrder.MAX_SESSION_ID_CHARS),
                        orderIds(),
                        issuedAt,
                        lifetime,
                        Arbitraries.integers().between(0, TerminateOrder.MAX_GRACE_SECONDS),
                        Arbitraries.of(true, false),
                        reasons(),
                        names(TerminateOrder.MAX_ISSUER_CHARS))
                .as((target, id, issued, life, grace, force, reason, issuer) ->
                        TerminateOrder.builder()
                                .targetSessionId(target)
                                .orderId(id)
                                .issuedAt(Instant.ofEpochMilli(issued))
                                .expiresAt(Instant.ofEpochMilli(saturatedSum(issued, life)))
                                .graceSeconds(grace)
                                .force(force)
                                .reason(reason)
                                .issuer(issuer)
                                .build());
    }

    static Arbitrary<OrderId> orderIds() {
        return Arbitraries.bytes().array(byte[].class).ofSize(16)
                .map(bytes -> OrderId.read(bytes, 0));
    }

    /** Non-blank texts without control characters, up to {@code maxChars}. */
    static Arbitrary<String> names(int maxChars) {
        return texts(maxChars, false).filter(text -> !text.isBlank());
    }

    static Arbitrary<String> reasons() {
        return texts(TerminateOrder.MAX_REASON_CHARS, true);
    }

    private static Arbitrary<String> texts(int maxChars, boolean withLineBreaks) {
        Arbitrary<String> ascii = Arbitraries.chars().range(' ', '~').map(String::valueOf);
        Arbitrary<String> otherBmp = Arbitraries.chars()
                .range('\u00a0', '\ud7ff')
                .range('\ue000', '\ufffd')
                .filter(c -> c != '\u2028' && c != '\u2029')
                .map(String::valueOf);
        Arbitrary<String> supplementary = Arbitraries.integers().between(0x10000, 0x10ffff)
                .map(codePoint -> new String(Character.toChars(codePoint)));
        Arbitrary<String> lineBreaks = Arbitraries.of("\n", "\t");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(6, ascii),
                Tuple.of(2, otherBmp),
                Tuple.of(1, supplementary),
                Tuple.of(withLineBreaks ? 1 : 0, lineBreaks));
        return piece.list().ofMaxSize(maxChars).map(pieces -> cut(pieces, maxChars));
    }

    private static String cut(List<String> pieces, int maxChars) {
        String text = String.join("", pieces);
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < a ? Long.MAX_VALUE : sum;
    }
}
