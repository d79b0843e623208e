package dev.sessioncontrol.sandbox.wire;

/** A message whose encoded form is larger than the wire accepts. */
public final class MessageTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int size;

    MessageTooLargeException(String type, int size, int limit) {
        super("A " + type + " takes " + size + " bytes; the limit is " + limit);
        this.size = size;
    }

    /** Returns how many bytes the message took. */
    public int size() {
        return size;
    }
}
