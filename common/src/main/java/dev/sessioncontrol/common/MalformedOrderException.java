package dev.sessioncontrol.common;

/**
 * Thrown when bytes are not the canonical encoding of a valid terminate order: too short or too
 * long, a field out of bounds, a flag that is neither 0 nor 1, text that is not valid UTF-8.
 *
 * <p>The message names the field and the broken rule. It never holds payload bytes, keys or
 * MACs, so it is safe to log.
 */
public final class MalformedOrderException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that names the field and the broken rule.
     *
     * @param message what is wrong; must not hold secrets
     */
    public MalformedOrderException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that revealed the problem.
     *
     * @param message what is wrong; must not hold secrets
     * @param cause the underlying failure
     */
    public MalformedOrderException(String message, Throwable cause) {
        super(message, cause);
    }
}
