package dev.sessioncontrol.common.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessioncontrol.common.SessionKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegistrationTest {
    private static final long GATEWAY_TIME = 1_714_564_800_000L;

    private final SessionKey key = SessionKey.generate(new SecureRandom());

    @Test
    void carriesTheSessionTheKeyAndTheGatewayTime() {
        Registration registration = new Registration("3F2A9C1B", key, GATEWAY_TIME);

        assertThat(registration.sessionId()).isEqualTo("3F2A9C1B");
        assertThat(registration.key()).isEqualTo(key);
        assertThat(registration.gatewayTimeMillis()).isEqualTo(GATEWAY_TIME);
    }

    @Test
    void toStringNeverShowsTheKeyInHexOrBase64() {
        byte[] bytes = key.bytes();

        String shown = new Registration("3F2A9C1B", key, GATEWAY_TIME).toString();

        assertThat(shown).contains("3F2A9C1B");
        assertThat(shown.toLowerCase(Locale.ROOT)).doesNotContain(hex(bytes));
        assertThat(shown).doesNotContain(Base64.getEncoder().encodeToString(bytes))
                .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(bytes))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Test
    void toStringShowsNoLongRunOfKeyHex() {
        String keyHex = hex(key.bytes());

        String shown = new Registration("S", key, GATEWAY_TIME).toString()
                .toLowerCase(Locale.ROOT);

        for (int start = 0; start + 8 <= keyHex.length(); start += 2) {
            assertThat(shown).doesNotContain(keyHex.substring(start, start + 8));
        }
    }

    @Test
    void changingTheReturnedKeyBytesDoesNotChangeTheRegistration() {
        Registration registration = new Registration("S", key, GATEWAY_TIME);

        byte[] copy = registration.key().bytes();
        copy[0] ^= 0x55;

        assertThat(registration.key()).isEqualTo(key);
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
