package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class TokenPropertyTest {
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final OrderSigner signer = new OrderSigner();

    @Provide
    Arbitrary<TerminateOrder> orders() {
        return OrderArbitraries.orders();
    }

    @Property
    void everySignedOrderVerifiesForItsSession(@ForAll("orders") TerminateOrder order) {
        String token = signer.sign(order, TestOrders.KEY);

        Verdict verdict = verifierFor(order).verify(token);

        assertThat(token.length()).isLessThanOrEqualTo(TerminateToken.MAX_LENGTH);
        assertThat(verdict).isEqualTo(Verdict.accepted(order));
    }

    @Property
    void flippingAnyBitOfAnyCharIsRejected(@ForAll("orders") TerminateOrder order,
            @ForAll int position, @ForAll @IntRange(max = 15) int bit) {
        String token = signer.sign(order, TestOrders.KEY);
        int at = Math.floorMod(position, token.length());
        char flipped = (char) (token.charAt(at) ^ (1 << bit));

        String tampered = token.substring(0, at) + flipped + token.substring(at + 1);

        assertThat(verifierFor(order).verify(tampered).isAccepted()).isFalse();
    }

    @Property
    void replacingAnyCharIsRejected(@ForAll("orders") TerminateOrder order,
            @ForAll int position, @ForAll char replacement) {
        String token = signer.sign(order, TestOrders.KEY);
        int at = Math.floorMod(position, token.length());
        Assume.that(token.charAt(at) != replacement);

        String tampered = token.substring(0, at) + replacement + token.substring(at + 1);

        assertThat(verifierFor(order).verify(tampered).isAccepted()).isFalse();
    }

    @Property
    void anyEditedTokenIsRejectedWithoutThrowing(@ForAll("orders") TerminateOrder order,
            @ForAll("edits") List<Edit> edits) {
        String token = signer.sign(order, TestOrders.KEY);
        StringBuilder edited = new StringBuilder(token);
        edits.forEach(edit -> edit.applyTo(edited));
        Assume.that(!edited.toString().equals(token));

        Verdict verdict = verifierFor(order).verify(edited.toString());

        assertThat(verdict.isAccepted()).isFalse();
    }

    @Property
    void randomStringsNeverVerify(@ForAll @StringLength(max = 5000) String input) {
        Verdict verdict = TestOrders.aVerifier().build().verify(input);

        assertThat(verdict.isAccepted()).isFalse();
        assertThat(verdict.rejectReason()).isPresent();
    }

    @Property
    void tokenShapedStringsUpToAndPastTheLimitNeverVerify(
            @ForAll("tokenShaped") String input) {
        Verdict verdict = TestOrders.aVerifier().build().verify(input);

        assertThat(verdict.isAccepted()).isFalse();
        if (input.length() > TerminateToken.MAX_LENGTH) {
            assertThat(verdict.rejectReason()).contains(RejectReason.MALFORMED);
        }
    }

    @Property
    void tokensSignedWithAnyOtherKeyAreRejected(@ForAll("orders") TerminateOrder order,
            @ForAll @Size(32) byte[] otherKey) {
        SessionKey key = SessionKey.of(otherKey);
        Assume.that(!key.equals(TestOrders.KEY));

        Verdict verdict = verifierFor(order).verify(signer.sign(order, key));

        assertThat(verdict.rejectReason()).contains(RejectReason.BAD_SIGNATURE);
    }

    @Provide
    Arbitrary<String> tokenShaped() {
        Arbitrary<String> payload = Arbitraries.strings().withChars(ALPHABET.toCharArray())
                .ofMaxLength(TerminateToken.MAX_LENGTH + 200);
        Arbitrary<String> mac = Arbitraries.strings().withChars(ALPHABET.toCharArray())
                .ofMinLength(40).ofMaxLength(46);
        return Combinators.combine(payload, mac).as((p, m) -> "v1." + p + "." + m);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> positions = Arbitraries.integers().greaterOrEqual(0);
        Arbitrary<String> insertions = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8),
                Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(4200),
                Arbitraries.of("=", "==", ".", " ", "\n", "+", "/"));
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of(EditKind.class), positions, insertions)
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    private static OrderVerifier verifierFor(TerminateOrder order) {
        return OrderVerifier.builder()
                .sessionId(order.targetSessionId())
                .key(TestOrders.KEY)
                .clock(TestOrders.clockAt(order.issuedAt()))
                .build();
    }

    enum EditKind { INSERT, DELETE, REPLACE, APPEND, TRUNCATE }

    static final class Edit {
        private final EditKind kind;
        private final int position;
        private final String text;

        Edit(EditKind kind, int position, String text) {
            this.kind = kind;
            this.position = position;
            this.text = text;
        }

        void applyTo(StringBuilder token) {
            int at = token.length() == 0 ? 0 : position % token.length();
            switch (kind) {
                case INSERT:
                    token.insert(at, text);
                    break;
                case DELETE:
                    if (token.length() > 0) {
                        token.deleteCharAt(at);
                    }
                    break;
                case REPLACE:
                    token.replace(at, Math.min(token.length(), at + text.length()), text);
                    break;
                case APPEND:
                    token.append(text);
                    break;
                default:
                    token.setLength(at);
                    break;
            }
        }

        @Override
        public String toString() {
            return kind + "@" + position + "(" + text.length() + " chars)";
        }
    }
}
