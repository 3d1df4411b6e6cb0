package io.wirefeed.serde;

import io.wirefeed.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serde of GenericRecords in the Confluent wire format. */
public class GenericAvroSerde extends Serdes.WrapperSerde<GenericRecord> {

    /** For Kafka's reflective instantiation (default.key.serde / default.value.serde). */
    public GenericAvroSerde() {
        this(null);
    }

    /** Through the given client (null: built from the configuration). */
    public GenericAvroSerde(SchemaRegistryClient registry) {
        super(new AvroSerializer<>(registry), AvroDeserializer.generic(registry));
    }
}
