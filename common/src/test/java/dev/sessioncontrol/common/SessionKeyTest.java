package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionKeyTest {
    @Test
    void generatedKeyTakesThirtyTwoBytesFromTheGivenSource() {
        byte[] script = Bytes.fromHex(
                "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf");

        SessionKey key = SessionKey.generate(new ScriptedRandom(script));

        assertThat(key.bytes()).isEqualTo(script);
    }

    @Test
    void ofCopiesTheGivenBytes() {
        byte[] bytes = Bytes.repeat(7, SessionKey.LENGTH_BYTES);
        SessionKey key = SessionKey.of(bytes);

        bytes[0] = 99;

        assertThat(key.bytes()[0]).isEqualTo((byte) 7);
    }

    @Test
    void bytesReturnsACopy() {
        SessionKey key = SessionKey.of(Bytes.repeat(7, SessionKey.LENGTH_BYTES));

        key.bytes()[0] = 99;

        assertThat(key.bytes()[0]).isEqualTo((byte) 7);
    }

    @Test
    void ofRejectsKeysOfAnyOtherLength() {
        for (int length : new int[] {0, 16, 31, 33, 64}) {
            assertThatThrownBy(() -> SessionKey.of(new byte[length]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exactly 32 bytes")
                    .hasMessageContaining(length + " bytes were given");
        }
    }

    @Test
    void keysWithTheSameBytesAreEqual() {
        SessionKey a = SessionKey.of(TestOrders.KEY.bytes());

        assertThat(a).isEqualTo(TestOrders.KEY).hasSameHashCodeAs(TestOrders.KEY);
        assertThat(a).isNotEqualTo(TestOrders.OTHER_KEY);
    }

    @Test
    void keysDifferingOnlyInTheLastByteAreNotEqual() {
        byte[] bytes = TestOrders.KEY.bytes();
        bytes[SessionKey.LENGTH_BYTES - 1] ^= 1;

        assertThat(SessionKey.of(bytes)).isNotEqualTo(TestOrders.KEY);
    }

    @Test
    void toStringNamesTheAlgorithmAndSizeOnly() {
        assertThat(TestOrders.KEY.toString()).isEqualTo("SessionKey[HmacSHA256, 256 bits]");
    }
}
