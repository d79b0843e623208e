package dev.sessioncontrol.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    private final CsrfTokens tokens = new CsrfTokens(new SecureRandom());

    @Test
    void acceptsTheTokenOfTheSameWebSession() {
        String token = tokens.tokenFor("web-session-1");

        assertThat(tokens.matches("web-session-1", token)).isTrue();
    }

    @Test
    void refusesTheTokenOfAnotherWebSession() {
        String token = tokens.tokenFor("web-session-1");

        assertThat(tokens.matches("web-session-2", token)).isFalse();
    }

    @Test
    void refusesATokenFromAnotherKeyForTheSameSession() {
        String foreign = new CsrfTokens(new SecureRandom()).tokenFor("web-session-1");

        assertThat(tokens.matches("web-session-1", foreign)).isFalse();
    }

    @Test
    void refusesMissingPieces() {
        String token = tokens.tokenFor("web-session-1");

        assertThat(tokens.matches(null, token)).isFalse();
        assertThat(tokens.matches("", token)).isFalse();
        assertThat(tokens.matches("web-session-1", null)).isFalse();
        assertThat(tokens.matches("web-session-1", "")).isFalse();
    }

    @Test
    void tokensAreUrlSafeAndCarry256Bits() {
        assertThat(tokens.tokenFor("web-session-1")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void toStringRevealsNoToken() {
        String token = tokens.tokenFor("web-session-1");

        assertThat(tokens.toString()).doesNotContain(token).isEqualTo("CsrfTokens{HmacSHA256}");
    }
}
