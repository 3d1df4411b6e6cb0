package io.wirefeed.service.deadletters;

import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.wirefeed.schema.DeadLetter;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.RegistryUnavailableException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the dead-letter topic as it is now, committed records only (read_committed: a dead letter of an aborted
 * transaction never happened), from the start of each partition to its end offset when reading began, without a
 * consumer group. A value that is not a {@link DeadLetter} is handed on as unreadable, with the reason; a schema
 * registry that does not answer stops the read (the letters are not at fault).
 */
public final class DeadLetterTopic {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final Map<String, Object> clientConfig;
    private final Map<String, Object> serdeConfig;
    private final String topic;

    public DeadLetterTopic(Map<String, Object> clientConfig, Map<String, Object> serdeConfig, String topic) {
        this.clientConfig = clientConfig;
        this.serdeConfig = serdeConfig;
        this.topic = topic;
    }

    public String name() {
        return topic;
    }

    /** Hands every letter to {@code each}, partition by partition, in offset order. */
    public void forEach(Consumer<StoredLetter> each) {
        try (KafkaConsumer<String, byte[]> consumer = consumer();
             AvroDeserializer<DeadLetter> values = AvroDeserializer.specific(null, DeadLetter.class)) {
            values.configure(serdeConfig, false);
            List<TopicPartition> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition())).sorted(
                    Comparator.comparingInt(TopicPartition::partition)).toList();
            // Ends taken before reading any: letters written meanwhile (a replay's) are not read in this pass.
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                readPartition(consumer, values, partition, ends.get(partition), each);
            }
        }
    }

    /** The letter at {@code id}, or null when the topic holds no committed record there. */
    public StoredLetter at(LetterId id) {
        try (KafkaConsumer<String, byte[]> consumer = consumer();
             AvroDeserializer<DeadLetter> values = AvroDeserializer.specific(null, DeadLetter.class)) {
            values.configure(serdeConfig, false);
            TopicPartition partition = new TopicPartition(id.topic(), id.partition());
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            if (id.offset() >= end || id.offset() < consumer.beginningOffsets(List.of(partition)).get(partition)) {
                return null;
            }
            consumer.seek(partition, id.offset());
            while (consumer.position(partition) <= id.offset()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == id.offset()) {
                        return letter(record, values);
                    }
                }
            }
            return null;
        }
    }

    private void readPartition(KafkaConsumer<String, byte[]> consumer, AvroDeserializer<DeadLetter> values,
                               TopicPartition partition, long end, Consumer<StoredLetter> each) {
        consumer.assign(List.of(partition));
        consumer.seekToBeginning(List.of(partition));
        while (consumer.position(partition) < end) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end) {
                    each.accept(letter(record, values));
                }
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirefeed-dead-letters");
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    static StoredLetter letter(ConsumerRecord<String, byte[]> record, AvroDeserializer<DeadLetter> values) {
        LetterId id = new LetterId(record.topic(), record.partition(), record.offset());
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new AbstractMap.SimpleImmutableEntry<>(header.key(), header.value()));
        }
        Instant timestamp = Instant.ofEpochMilli(record.timestamp());
        try {
            DeadLetter letter = record.value() == null ? null : values.deserialize(record.topic(), record.value());
            return letter == null ? new StoredLetter(id, timestamp, record.key(), headers, null, "no value (a tombstone)")
                : StoredLetter.of(id, timestamp, record.key(), headers, letter);
        } catch (SerializationException e) {
            if (RegistryUnavailableException.causedBy(e)) {
                throw e;
            }
            return new StoredLetter(id, timestamp, record.key(), headers, null, "not a DeadLetter: " + e.getMessage());
        }
    }
}
