package dev.sessioncontrol.gateway.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and checks the anti-CSRF token of each gateway web session.
 *
 * <p>The token is HMAC-SHA256 of the web session's id under a random 256-bit key made when this
 * object is created: unguessable without the key, different for every web session, and
 * nothing to store or expire. A restart makes a new key, so pages fetch a fresh token after a
 * refusal.
 *
 * <p>Security note: the key and the tokens are never logged or printed.
 */
final class CsrfTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    CsrfTokens(SecureRandom random) {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Returns the token of a web session, in unpadded base64url. */
    String tokenFor(String webSessionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(webSessionId));
    }

    /** Tells whether a presented token is the web session's token. */
    boolean matches(String webSessionId, String presented) {
        if (webSessionId == null || webSessionId.isEmpty() || presented == null) {
            return false;
        }
        byte[] expected = tokenFor(webSessionId).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = presented.getBytes(StandardCharsets.US_ASCII);
        // Constant time, so response timing reveals nothing about how much of a guess was right.
        return MessageDigest.isEqual(expected, actual);
    }

    private byte[] mac(String webSessionId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(webSessionId.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("This Java runtime cannot compute " + ALGORITHM
                    + ", which every Java SE runtime must provide", e);
        }
    }

    @Override
    public String toString() {
        return "CsrfTokens{" + ALGORITHM + "}";
    }
}
