package io.wirefeed.serde;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything committed on a topic, read the way a downstream service would: a plain consumer, read_committed,
 * the project's Avro deserializer. For tests that check what a service published.
 */
public final class TopicContents {

    private TopicContents() {
    }

    /** The committed records of every partition of the topic, up to its end offsets now. */
    public static <V extends SpecificRecord> List<ConsumerRecord<String, V>> read(KafkaEndpoint kafka,
            RegistryEndpoint registry, String topic, Class<V> type) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        AvroDeserializer<V> values = AvroDeserializer.specific(null, type);
        values.configure(Map.of(SchemaRegistryClientConfig.URL_CONFIG, registry.url()), false);
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = stableEnds(consumer, kafka, partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    /**
     * The committed ends of the partitions once every transaction written to them by now is complete: a committed
     * transaction's markers reach its partitions after the producer's commit returns, so the read_committed end
     * (the last stable offset) may lag the records a test has just seen committed. Waits up to ten seconds for the
     * stable ends to reach the ends of everything written, committed or not, then takes them as they are.
     */
    private static Map<TopicPartition, Long> stableEnds(KafkaConsumer<?, ?> consumer, KafkaEndpoint kafka,
            List<TopicPartition> partitions) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        Map<TopicPartition, Long> written;
        try (KafkaConsumer<byte[], byte[]> uncommitted = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            written = uncommitted.endOffsets(partitions);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Map<TopicPartition, Long> stable = new HashMap<>(consumer.endOffsets(partitions));
        while (partitions.stream().anyMatch(p -> stable.get(p) < written.get(p)) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            stable.putAll(consumer.endOffsets(partitions));
        }
        return stable;
    }

    /** Waits until the topic holds at least {@code count} committed records, then returns them all. */
    public static <V extends SpecificRecord> List<ConsumerRecord<String, V>> await(KafkaEndpoint kafka,
            RegistryEndpoint registry, String topic, Class<V> type, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<String, V>> records = read(kafka, registry, topic, type);
        while (records.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            records = read(kafka, registry, topic, type);
        }
        return records;
    }
}
