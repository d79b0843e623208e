package dev.sessioncontrol.sandbox.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The byte form of every message between the sandbox gateway and its simulated clients: Java
 * serialization, bounded in size, read through an allow-list.
 *
 * <p>Security note: deserialization runs only classes of {@code java.*},
 * {@code dev.sessioncontrol.*} and {@code com.inductiveautomation.*}, within limits on bytes,
 * depth, references and array length; anything else is refused before it is built. Both sides
 * use this codec, so neither trusts the other's bytes more than a gateway would.
 */
public final class WireCodec {
    /** The largest message either side sends or accepts, in bytes. */
    public static final int MAX_MESSAGE_BYTES = 1 << 20;

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxbytes=" + MAX_MESSAGE_BYTES + ";maxdepth=32;maxrefs=100000;maxarray=100000;"
            + "java.**;dev.sessioncontrol.**;com.inductiveautomation.**;!*");

    private WireCodec() {
    }

    /**
     * Encodes a message.
     *
     * @param message the message; everything it holds must be serializable
     * @return its bytes
     * @throws IllegalArgumentException if the message cannot be serialized or exceeds
     *     {@value #MAX_MESSAGE_BYTES} bytes
     */
    public static byte[] encode(Serializable message) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(message);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot serialize a "
                    + message.getClass().getName() + ": " + e, e);
        }
        if (bytes.size() > MAX_MESSAGE_BYTES) {
            throw new IllegalArgumentException("A " + message.getClass().getName() + " takes "
                    + bytes.size() + " bytes; the limit is " + MAX_MESSAGE_BYTES);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads one message from a stream, reading at most {@value #MAX_MESSAGE_BYTES} bytes.
     *
     * @param in the stream; read to its end or to the limit, not closed
     * @param expected the type the message must have
     * @param <T> that type
     * @return the message
     * @throws IOException if the stream fails, the message is too large, refused by the
     *     allow-list, or of another type
     */
    public static <T> T decode(InputStream in, Class<T> expected) throws IOException {
        byte[] bytes = readBounded(in);
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            objects.setObjectInputFilter(FILTER);
            Object message = objects.readObject();
            if (!expected.isInstance(message)) {
                throw new InvalidObjectException("Expected a " + expected.getName() + ", got a "
                        + (message == null ? "null" : message.getClass().getName()));
            }
            return expected.cast(message);
        } catch (ClassNotFoundException e) {
            throw new InvalidObjectException("Unknown class in message: " + e.getMessage());
        }
    }

    /**
     * Tells whether a class may travel on the wire, by the allow-list's package rule.
     *
     * @param type the class
     * @return true for classes of the allowed packages
     */
    public static boolean isAllowed(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("dev.sessioncontrol.")
                || name.startsWith("com.inductiveautomation.");
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_MESSAGE_BYTES + 1);
        if (bytes.length > MAX_MESSAGE_BYTES) {
            throw new IOException("Message exceeds " + MAX_MESSAGE_BYTES + " bytes; refused");
        }
        return bytes;
    }
}
