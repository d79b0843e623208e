package dev.sessioncontrol.common.rpc;

import java.util.Objects;

/**
 * A refused session operation, with the kind of refusal so that callers can react to it.
 *
 * <p>Messages name the offending value and what to do; they never carry keys or tokens.
 */
public final class SessionControlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why an operation was refused. */
    public enum Kind {
        /** No session has the given id. */
        NOT_FOUND,
        /** The session exists but cannot receive a terminate order. */
        NOT_KICKABLE,
        /** The caller lacks a role that may perform the operation. */
        DENIED,
        /** The caller sent too many orders in a short time. */
        RATE_LIMITED,
        /** An argument was missing or out of range. */
        INVALID_ARGUMENT
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind why the operation was refused
     * @param message what failed, the offending value and what to do
     */
    public SessionControlException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** Returns why the operation was refused. */
    public Kind kind() {
        return kind;
    }
}
