package io.wirefeed.sink;

import java.util.Map;

import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroSerializer;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Sink records as Connect hands them to a task under {@code ByteArrayConverter}: enriched dispatches in the
 * Confluent wire format, their schema in an in-memory registry the task is given, and records nobody can read.
 */
public final class SinkRecords {

    public static final String TOPIC = "enriched";

    private final InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
    private final AvroSerializer<EnrichedDispatch> values = new AvroSerializer<>(registry);
    private long offset;

    public SinkRecords() {
        values.configure(Map.of("schema.registry.url", "http://in-memory.invalid"), false);
    }

    /** The registry the task should read through. */
    public SchemaRegistryClient registry() {
        return registry;
    }

    /** The dispatch, keyed by its story, at the next offset of partition 0. */
    public SinkRecord of(EnrichedDispatch dispatch) {
        return new SinkRecord(TOPIC, 0, null, dispatch.getStory(), null, values.serialize(TOPIC, dispatch), offset++);
    }

    /** Bytes that are not a dispatch, at the next offset. */
    public SinkRecord unreadable() {
        return new SinkRecord(TOPIC, 0, null, "bad", null, "not avro".getBytes(), offset++);
    }
}
