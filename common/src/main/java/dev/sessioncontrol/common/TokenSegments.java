package dev.sessioncontrol.common;

import java.util.Optional;

/**
 * A token split at its two dots: at most {@link TerminateToken#MAX_LENGTH} chars and three
 * non-empty segments. The segments are checked and decoded on demand.
 */
final class TokenSegments {
    private final String token;
    private final int firstDot;
    private final int secondDot;

    private TokenSegments(String token, int firstDot, int secondDot) {
        this.token = token;
        this.firstDot = firstDot;
        this.secondDot = secondDot;
    }

    /** Splits {@code token}, or returns empty if it is too long or not three segments. */
    static Optional<TokenSegments> split(String token) {
        if (token == null || token.length() > TerminateToken.MAX_LENGTH) {
            return Optional.empty();
        }
        int first = token.indexOf(TerminateToken.SEPARATOR);
        int second = token.indexOf(TerminateToken.SEPARATOR, first + 1);
        boolean threeNonEmpty = first > 0
                && second > first + 1
                && second < token.length() - 1
                && token.indexOf(TerminateToken.SEPARATOR, second + 1) < 0;
        return threeNonEmpty
                ? Optional.of(new TokenSegments(token, first, second))
                : Optional.empty();
    }

    boolean hasVersion(String version) {
        return firstDot == version.length() && token.startsWith(version);
    }

    /** Tells whether every char but the two dots is a base64url character. */
    boolean isAllBase64Url() {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (i != firstDot && i != secondDot && !UrlBase64.isAlphabet(c)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the decoded payload, or empty if the segment is not canonical base64url. */
    Optional<byte[]> payload() {
        return UrlBase64.decodeCanonical(token, firstDot + 1, secondDot);
    }

    /** Returns the decoded MAC, or empty if the segment is not canonical base64url. */
    Optional<byte[]> mac() {
        return UrlBase64.decodeCanonical(token, secondDot + 1, token.length());
    }
}
