package io.wirefeed.enrich.stream;

import java.util.Objects;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A Kafka topic with the serdes of its keys and values, so that a topic is never read or written with the wrong
 * ones (as in Confluent's kafka-streams-examples). Named for Kafka, not the IPTC Media Topics a dispatch is
 * classified under ({@link io.wirefeed.schema.Topic}).
 */
public record KafkaTopic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public KafkaTopic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    /** How the topology reads this topic, its source node named {@code processorName}. */
    public Consumed<K, V> consumed(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(processorName);
    }

    /** How the topology writes this topic, its sink node named {@code processorName}. */
    public Produced<K, V> produced(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }
}
