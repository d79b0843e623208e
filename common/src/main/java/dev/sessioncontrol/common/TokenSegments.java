package dev.sessioncontrol.common;

import java.util.Optional;

/**
 * The three segments of a token that has the right shape: at most
 * {@link TerminateToken#MAX_LENGTH} chars, three non-empty segments of base64url characters
 * separated by dots. The segments themselves are not yet checked.
 */
final class TokenSegments {
    final String version;
    final String payload;
    final String mac;

    private TokenSegments(String version, String payload, String mac) {
        this.version = version;
        this.payload = payload;
        this.mac = mac;
    }

    /** Splits {@code token}, or returns empty if it does not have the shape of a token. */
    static Optional<TokenSegments> split(String token) {
        if (token == null || token.length() > TerminateToken.MAX_LENGTH) {
            return Optional.empty();
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == TerminateToken.SEPARATOR) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                } else {
                    return Optional.empty();
                }
            } else if (!UrlBase64.isAlphabet(c)) {
                return Optional.empty();
            }
        }
        boolean threeNonEmpty = first > 0 && second > first + 1 && second < token.length() - 1;
        if (!threeNonEmpty) {
            return Optional.empty();
        }
        return Optional.of(new TokenSegments(token.substring(0, first),
                token.substring(first + 1, second), token.substring(second + 1)));
    }
}
