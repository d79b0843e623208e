package dev.sessioncontrol.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.common.SessionKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionKeyStoreTest {
    private final SessionKeyStore keys = new SessionKeyStore(new SecureRandom());

    @Test
    void issuedKeyIsFoundForItsSession() {
        SessionKey issued = keys.issue("S1");

        assertThat(keys.find("S1")).contains(issued);
        assertThat(keys.contains("S1")).isTrue();
    }

    @Test
    void sessionThatNeverRegisteredHasNoKey() {
        keys.issue("S1");

        assertThat(keys.find("S2")).isEmpty();
        assertThat(keys.contains("S2")).isFalse();
    }

    @Test
    void eachSessionGetsItsOwnKey() {
        SessionKey first = keys.issue("S1");
        SessionKey second = keys.issue("S2");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void registeringAgainReplacesTheKey() {
        SessionKey old = keys.issue("S1");

        SessionKey renewed = keys.issue("S1");

        assertThat(renewed).isNotEqualTo(old);
        assertThat(keys.find("S1")).contains(renewed);
        assertThat(keys.size()).isEqualTo(1);
    }

    @Test
    void keysAreDrawnFromTheGivenRandomSource() {
        byte[] pattern = new byte[SessionKey.LENGTH_BYTES];
        Arrays.fill(pattern, (byte) 0x5a);
        SessionKeyStore scripted = new SessionKeyStore(new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 0x5a);
            }
        });

        assertThat(scripted.issue("S1").bytes()).isEqualTo(pattern);
    }

    @Test
    void dropForgetsOneSession() {
        keys.issue("S1");
        keys.issue("S2");

        keys.drop("S1");

        assertThat(keys.find("S1")).isEmpty();
        assertThat(keys.find("S2")).isPresent();
    }

    @Test
    void clearForgetsEverySession() {
        keys.issue("S1");
        keys.issue("S2");

        keys.clear();

        assertThat(keys.size()).isZero();
        assertThat(keys.find("S1")).isEmpty();
    }

    @Test
    void toStringShowsNoKeyMaterial() {
        byte[] key = keys.issue("S1").bytes();

        String shown = keys.toString();

        assertThat(shown.toLowerCase(Locale.ROOT)).doesNotContain(hex(key));
        assertThat(shown).doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(key))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
