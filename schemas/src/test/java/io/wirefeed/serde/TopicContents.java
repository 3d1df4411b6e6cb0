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
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
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
