package dev.sessioncontrol.sandbox.wire;

import java.io.Serializable;

/**
 * The gateway's answer to an {@link RpcCall}: the method's result, or the exception it threw.
 *
 * @param value the result; null for void methods or a failure
 * @param failure the exception, or null on success
 */
public record RpcReply(Serializable value, Throwable failure) implements Serializable {
    /**
     * Returns a successful reply.
     *
     * @param value the result, possibly null
     * @return the reply
     */
    public static RpcReply success(Serializable value) {
        return new RpcReply(value, null);
    }

    /**
     * Returns a failed reply.
     *
     * @param failure what the method threw
     * @return the reply
     */
    public static RpcReply failure(Throwable failure) {
        return new RpcReply(null, failure);
    }

    /** Tells whether the call failed. */
    public boolean isFailure() {
        return failure != null;
    }
}
