package io.wirefeed.serde;

import io.wirefeed.registry.SchemaRegistryClient;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serde of a generated Avro class in the Confluent wire format. */
public class SpecificAvroSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {

    /** For Kafka's reflective instantiation (default.key.serde / default.value.serde). */
    public SpecificAvroSerde() {
        this(null, null);
    }

    /**
     * Reads into {@code type} (null: the generated class named like each writer's record), through the given
     * client (null: built from the configuration).
     */
    public SpecificAvroSerde(SchemaRegistryClient registry, Class<T> type) {
        super(new AvroSerializer<>(registry), AvroDeserializer.specific(registry, type));
    }
}
