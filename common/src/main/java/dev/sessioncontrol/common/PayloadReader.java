package dev.sessioncontrol.common;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads the fields of a payload in order, refusing anything past the end or out of bounds. */
final class PayloadReader {
    // A Java char encodes to at most 3 bytes of UTF-8 (a surrogate pair: 2 chars, 4 bytes).
    private static final int MAX_UTF8_BYTES_PER_CHAR = 3;
    private static final char REPLACEMENT_CHARACTER = '\ufffd';

    private final byte[] payload;
    private int position;

    PayloadReader(byte[] payload) {
        this.payload = payload;
    }

    int readUnsignedByte(String field) throws MalformedOrderException {
        require(field, 1);
        return payload[position++] & 0xff;
    }

    int readUnsignedShort(String field) throws MalformedOrderException {
        require(field, 2);
        int value = ((payload[position] & 0xff) << 8) | (payload[position + 1] & 0xff);
        position += 2;
        return value;
    }

    long readLong(String field) throws MalformedOrderException {
        require(field, 8);
        long value = OrderId.readLong(payload, position);
        position += 8;
        return value;
    }

    OrderId readOrderId() throws MalformedOrderException {
        require("orderId", OrderId.LENGTH_BYTES);
        OrderId id = OrderId.read(payload, position);
        position += OrderId.LENGTH_BYTES;
        return id;
    }

    boolean readFlag(String field) throws MalformedOrderException {
        int value = readUnsignedByte(field);
        if (value > 1) {
            throw new MalformedOrderException(field + " must be 0 or 1, but was " + value);
        }
        return value == 1;
    }

    String readText(String field, int maxChars) throws MalformedOrderException {
        int length = readUnsignedShort(field + " length");
        if (length > maxChars * MAX_UTF8_BYTES_PER_CHAR) {
            throw new MalformedOrderException(field + " is " + length + " bytes, more than "
                    + maxChars + " chars can take");
        }
        require(field, length);
        String text = decodeUtf8(field, position, length);
        position += length;
        return text;
    }

    void requireEnd() throws MalformedOrderException {
        if (position != payload.length) {
            throw new MalformedOrderException("The payload has " + (payload.length - position)
                    + " bytes after the reason; an order ends with its reason");
        }
    }

    private void require(String field, int length) throws MalformedOrderException {
        if (payload.length - position < length) {
            throw new MalformedOrderException("The payload ends inside " + field + ": it needs "
                    + length + " bytes at offset " + position + " but has "
                    + (payload.length - position));
        }
    }

    private String decodeUtf8(String field, int offset, int length)
            throws MalformedOrderException {
        // The lenient decoder is fast and replaces each malformed sequence with U+FFFD. Without
        // a U+FFFD in its result the bytes were valid; with one, the strict decoder decides,
        // since the text may hold a genuine U+FFFD.
        String text = new String(payload, offset, length, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT_CHARACTER) < 0) {
            return text;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(payload, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedOrderException(field + " is not valid UTF-8", e);
        }
    }
}
