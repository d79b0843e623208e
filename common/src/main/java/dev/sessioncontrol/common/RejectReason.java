package dev.sessioncontrol.common;

/**
 * Why a client refused a terminate token. {@link OrderVerifier} checks a token in the order of
 * these constants and reports the first check that fails.
 */
public enum RejectReason {
    /** The token does not have the shape of a token, or its payload is not a valid order. */
    MALFORMED("the token is not a well-formed terminate order"),

    /** The token is of a format version this client does not know. */
    UNSUPPORTED_VERSION("the token's format version is not supported"),

    /** The MAC does not match: another key signed it, or it was altered on the way. */
    BAD_SIGNATURE("the token's signature does not match this session's key"),

    /** The order is for another session. */
    WRONG_SESSION("the order is for another session"),

    /** The order's validity ended before it arrived, allowing for clock skew. */
    EXPIRED("the order has expired"),

    /** The order claims to be issued in the future, beyond the allowed clock skew. */
    NOT_YET_VALID("the order is not valid yet"),

    /** An order with the same id was accepted before. */
    REPLAYED("the order was already received");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    /**
     * Returns a short English explanation, fit for a log line or an acknowledgement.
     *
     * @return the explanation
     */
    public String description() {
        return description;
    }
}
