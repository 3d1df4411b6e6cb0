package io.wirefeed.serde;

import java.nio.ByteBuffer;

import org.apache.kafka.common.errors.SerializationException;

/**
 * Confluent's wire format: magic byte 0, the writer schema's registry id as a 4-byte big-endian int,
 * then the Avro binary encoding of the record.
 */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** The schema id of serialized bytes, checking the header; the buffer is left at the Avro payload. */
    public static int readHeader(ByteBuffer buffer, String topic) {
        if (buffer.remaining() < HEADER_SIZE) {
            throw new SerializationException("Record of " + buffer.remaining() + " bytes on topic " + topic
                + " is too short for the Confluent wire format (magic byte and 4-byte schema id)");
        }
        byte magic = buffer.get();
        if (magic != MAGIC_BYTE) {
            throw new SerializationException("Unknown magic byte " + magic + " on topic " + topic
                + ": not written in the Confluent wire format");
        }
        return buffer.getInt();
    }

    /** The schema id of serialized bytes. */
    public static int schemaId(byte[] bytes) {
        return readHeader(ByteBuffer.wrap(bytes), "?");
    }
}
