package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Key bytes never show in the text form of anything that holds or uses a key. */
class SecretRedactionTest {
    @Property
    void noToStringShowsTheKey(@ForAll @Size(32) byte[] keyBytes) {
        SessionKey key = SessionKey.of(keyBytes);
        OrderSigner signer = new OrderSigner();
        signer.sign(TestOrders.anOrder().build(), key);
        OrderVerifier verifier = TestOrders.aVerifier().key(key).build();

        for (String text : List.of(key.toString(), signer.toString(), verifier.toString())) {
            assertShowsNoneOf(text, encodingsOf(keyBytes));
        }
    }

    @Test
    void fixedKeyIsAbsentFromEveryToString() {
        String text = TestOrders.aVerifier().build() + " " + TestOrders.KEY + " "
                + new OrderSigner();

        assertShowsNoneOf(text, encodingsOf(TestOrders.KEY.bytes()));
        assertThat(text).contains("SessionKey[HmacSHA256, 256 bits]");
    }

    @Test
    void verdictAndOrderTextsHoldNoMac() {
        String token = TestOrders.signed(TestOrders.anOrder());
        String mac = token.substring(token.lastIndexOf('.') + 1);
        Verdict verdict = TestOrders.aVerifier().build().verify(token);

        assertThat(verdict.toString()).doesNotContain(mac).doesNotContain(token);
        assertThat(verdict.order().toString()).doesNotContain(mac);
    }

    private static List<String> encodingsOf(byte[] key) {
        List<String> forms = new ArrayList<>();
        forms.add(Bytes.toHex(key));
        forms.add(Base64.getEncoder().encodeToString(key));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
        forms.add(Arrays.toString(key));
        // Any 6-byte stretch of the key, in hex, would already be a leak.
        String hex = Bytes.toHex(key);
        for (int i = 0; i + 12 <= hex.length(); i += 2) {
            forms.add(hex.substring(i, i + 12));
        }
        return forms;
    }

    private static void assertShowsNoneOf(String text, List<String> forms) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String form : forms) {
            assertThat(lower).doesNotContain(form.toLowerCase(Locale.ROOT));
        }
    }
}
