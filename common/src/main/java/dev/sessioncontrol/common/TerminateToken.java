package dev.sessioncontrol.common;

/**
 * The textual envelope of a signed terminate order, as pushed from the gateway to a client:
 *
 * <pre>
 * v1.&lt;payload&gt;.&lt;mac&gt;
 * </pre>
 *
 * where {@code payload} is the unpadded base64url form of {@link OrderCodec#encode} and
 * {@code mac} the unpadded base64url form of HMAC-SHA256 under the session's key over the ASCII
 * bytes {@code "v1."} followed by the payload bytes. The MAC covers the version prefix, so a
 * token cannot be relabelled as another version. A token is at most {@value #MAX_LENGTH} chars.
 *
 * <p>{@link OrderSigner} writes tokens and {@link OrderVerifier} checks them.
 *
 * <p>Security note: a token is a signed credential for one action. Do not log it.
 */
public final class TerminateToken {
    /** The first segment of every token of this format. */
    public static final String VERSION_PREFIX = "v1";

    /** The longest token accepted, in chars. */
    public static final int MAX_LENGTH = 4096;

    /** The separator between the segments of a token. */
    static final char SEPARATOR = '.';

    private TerminateToken() {
    }

    /** Returns the token text for a payload and its MAC. */
    static String assemble(byte[] payload, byte[] mac) {
        String payloadText = UrlBase64.encode(payload);
        String macText = UrlBase64.encode(mac);
        return new StringBuilder(VERSION_PREFIX.length() + payloadText.length()
                        + macText.length() + 2)
                .append(VERSION_PREFIX)
                .append(SEPARATOR)
                .append(payloadText)
                .append(SEPARATOR)
                .append(macText)
                .toString();
    }
}
