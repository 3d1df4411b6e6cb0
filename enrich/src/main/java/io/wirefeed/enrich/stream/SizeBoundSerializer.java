package io.wirefeed.enrich.stream;

import java.util.Map;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serializer that refuses a value too large for the producer to send. Under exactly-once a record the producer
 * refuses ({@code max.request.size}) leaves its transaction unusable: the stream thread fails and the one
 * replacing it reads the same input again, forever. Refused here, while Kafka Streams serializes, it reaches the
 * production exception handler's serialization path ({@link DeadLetterHandler}) before the producer sees it, and
 * the transaction goes on.
 */
final class SizeBoundSerializer<T> implements Serializer<T> {

    /** Room left in a request for the key, headers and record framing. */
    static final int REQUEST_OVERHEAD = 1_024;

    private final Serializer<T> inner;
    private final int maxBytes;

    SizeBoundSerializer(Serializer<T> inner, int maxRequestSize) {
        this.inner = inner;
        this.maxBytes = maxRequestSize - REQUEST_OVERHEAD;
    }

    /** The serde with its serializer bounded for a producer whose {@code max.request.size} is given. */
    static <T> Serde<T> bound(Serde<T> serde, int maxRequestSize) {
        return Serdes.serdeFrom(new SizeBoundSerializer<>(serde.serializer(), maxRequestSize), serde.deserializer());
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return checked(topic, inner.serialize(topic, data));
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return checked(topic, inner.serialize(topic, headers, data));
    }

    private byte[] checked(String topic, byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new RecordTooLargeException("The record for " + topic + " is " + bytes.length + " bytes when "
                + "serialized, more than the producer sends: max.request.size less " + REQUEST_OVERHEAD
                + " bytes of framing is " + maxBytes);
        }
        return bytes;
    }

    @Override
    public void close() {
        inner.close();
    }
}
