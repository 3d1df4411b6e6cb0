package io.wirefeed.launcher.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wirefeed.launcher.bench.WireTraffic;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.AvroSerializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the fault tests send into the pipeline and read out of it, and how they compare the two. */
final class PipelineRecords {

    private PipelineRecords() {
    }

    /** A known set: wire traffic with resends, updates, kills and near copies. */
    static List<Dispatch> traffic(long seed, int count) {
        WireTraffic traffic = new WireTraffic(seed, Instant.parse("2026-07-07T06:00:00Z"), WireTraffic.Mix.WIRE);
        List<Dispatch> dispatches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dispatches.add(traffic.next());
        }
        return dispatches;
    }

    /** Publishes as ingest does: keyed by id, acks=all. */
    static void publish(String bootstrap, String registryUrl, String topic, List<Dispatch> dispatches) {
        AvroSerializer<Dispatch> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", registryUrl), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            dispatches.forEach(dispatch -> producer.send(new ProducerRecord<>(topic, dispatch.getId(),
                values.serialize(topic, dispatch))));
        }
    }

    /** The enriched records committed so far, waiting for at least {@code atLeast}. */
    static List<EnrichedDispatch> enriched(String bootstrap, String registryUrl, String topic, int atLeast) {
        AvroDeserializer<EnrichedDispatch> values = AvroDeserializer.specific(null, EnrichedDispatch.class);
        values.configure(Map.of("schema.registry.url", registryUrl), false);
        return read(bootstrap, topic, atLeast, Duration.ofMinutes(3)).stream()
            .map(bytes -> values.deserialize(topic, bytes)).toList();
    }

    /** Everything committed on the topic (read_committed), waiting for at least {@code atLeast} records. */
    static List<byte[]> read(String bootstrap, String topic, int atLeast, Duration timeout) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-reader-" + System.nanoTime());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<byte[]> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            int quiet = 0;
            while (System.nanoTime() < deadline && (records.size() < atLeast || quiet < 5)) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(300)).forEach(record -> records.add(record.value()));
                quiet = records.size() == before ? quiet + 1 : 0;
            }
        }
        return records;
    }

    /** The ids and versions of {@code expected} that {@code actual} lacks, or has fewer times ("id@version xN"). */
    static List<String> missing(Map<String, Long> expected, Map<String, Long> actual) {
        return expected.entrySet().stream()
            .filter(entry -> actual.getOrDefault(entry.getKey(), 0L) < entry.getValue())
            .map(entry -> entry.getKey() + " x" + (entry.getValue() - actual.getOrDefault(entry.getKey(), 0L)))
            .sorted().toList();
    }

    /** How many records there are of each id and version: equal maps mean nothing lost and nothing doubled. */
    static <T> Map<String, Long> perVersion(List<T> records, Function<T, String> id, Function<T, Integer> version) {
        return records.stream().collect(Collectors.groupingBy(record -> id.apply(record) + "@" + version.apply(record),
            Collectors.counting()));
    }
}
