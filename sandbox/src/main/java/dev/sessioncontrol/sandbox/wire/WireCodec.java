package dev.sessioncontrol.sandbox.wire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The byte form of every message between the sandbox gateway and its simulated clients: Java
 * serialization, bounded in size, read through an allow-list.
 *
 * <p>Security note: deserialization builds only the classes the wire really carries (an exact
 * list, not packages), nested at most {@value WireFilter#MAX_DEPTH} deep, within limits on
 * bytes, references and array length; anything else is refused before it is built. Both sides
 * use this codec, so neither trusts the other's bytes more than a gateway would, and the
 * unauthenticated login costs a caller no more than reading its bounded body.
 */
public final class WireCodec {
    /** The largest message either side sends or accepts, in bytes. */
    public static final int MAX_MESSAGE_BYTES = 1 << 20;

    private WireCodec() {
    }

    /**
     * Encodes a message.
     *
     * @param message the message; everything it holds must be serializable
     * @return its bytes
     * @throws IllegalArgumentException if the message cannot be serialized
     * @throws MessageTooLargeException if it exceeds {@value #MAX_MESSAGE_BYTES} bytes
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
            throw new MessageTooLargeException(message.getClass().getName(), bytes.size(),
                    MAX_MESSAGE_BYTES);
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
        WireFilter filter = new WireFilter();
        try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            objects.setObjectInputFilter(filter);
            Object message = objects.readObject();
            if (!expected.isInstance(message)) {
                throw new InvalidObjectException("Expected a " + expected.getName() + ", got a "
                        + (message == null ? "null" : message.getClass().getName()));
            }
            return expected.cast(message);
        } catch (InvalidClassException refused) {
            if (filter.refusal() == null) {
                throw refused;
            }
            throw new InvalidClassException("Message refused: " + filter.refusal());
        } catch (ClassNotFoundException e) {
            throw new InvalidObjectException("Unknown class in message: " + e.getMessage());
        }
    }

    /**
     * Tells whether a class may travel on the wire: whether it is on the exact list the
     * decoder accepts (an array when its element type is).
     *
     * @param type the class
     * @return true for the classes the wire carries
     */
    public static boolean isAllowed(Class<?> type) {
        return WireFilter.isAllowed(type);
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_MESSAGE_BYTES + 1);
        if (bytes.length > MAX_MESSAGE_BYTES) {
            throw new IOException("Message exceeds " + MAX_MESSAGE_BYTES + " bytes; refused");
        }
        return bytes;
    }
}
