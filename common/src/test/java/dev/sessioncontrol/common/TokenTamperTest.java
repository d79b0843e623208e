package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exhaustive single-change checks on one token; the properties sample many more tokens. */
class TokenTamperTest {
    private static final String ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/";

    // A 76-byte payload, so that both base64 segments end in a partial group with unused bits.
    private final String token = TestOrders.signed(
            TestOrders.anOrder().force(true).reason("Maintenance at 18:00!"));

    @Test
    void tokenUnderTestHasUnusedBitsInBothSegments() {
        String[] parts = token.split("\\.");

        assertThat(parts[1].length() % 4).isNotZero();
        assertThat(parts[2].length() % 4).isNotZero();
    }

    @Test
    void everyOtherBase64CharacterInEveryPositionIsRejected() {
        for (int at = 0; at < token.length(); at++) {
            for (char replacement : ALPHABET.toCharArray()) {
                if (replacement == token.charAt(at)) {
                    continue;
                }
                String tampered = token.substring(0, at) + replacement + token.substring(at + 1);

                assertThat(TestOrders.aVerifier().build().verify(tampered).isAccepted())
                        .as("char %d replaced by %s", at, replacement)
                        .isFalse();
            }
        }
    }

    @Test
    void everySingleBitFlipOfEveryCharIsRejected() {
        for (int at = 0; at < token.length(); at++) {
            for (int bit = 0; bit < 16; bit++) {
                char flipped = (char) (token.charAt(at) ^ (1 << bit));
                String tampered = token.substring(0, at) + flipped + token.substring(at + 1);

                assertThat(TestOrders.aVerifier().build().verify(tampered).isAccepted())
                        .as("bit %d of char %d", bit, at)
                        .isFalse();
            }
        }
    }

    @Test
    void everyByteChangeOfThePayloadIsRejected() {
        String[] parts = token.split("\\.");
        byte[] payload = java.util.Base64.getUrlDecoder().decode(parts[1]);

        for (int at = 0; at < payload.length; at++) {
            for (int value = 0; value < 256; value++) {
                if (value == (payload[at] & 0xff)) {
                    continue;
                }
                byte[] changed = payload.clone();
                changed[at] = (byte) value;
                String tampered = "v1." + UrlBase64.encode(changed) + "." + parts[2];

                assertThat(TestOrders.aVerifier().build().verify(tampered).rejectReason())
                        .as("byte %d set to %d", at, value)
                        .contains(RejectReason.BAD_SIGNATURE);
            }
        }
    }

    @Test
    void untamperedTokenIsAcceptedByTheSameVerifierSetup() {
        assertThat(TestOrders.aVerifier().build().verify(token).isAccepted()).isTrue();
    }
}
