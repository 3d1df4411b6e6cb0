package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.launcher.bench.SyntheticDispatches;
import io.wirefeed.launcher.bench.WireTraffic;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the fault tests send into the pipeline, and how they compare it with what came out. */
public final class PipelineRecords {

    private PipelineRecords() {
    }

    /** A known set: wire traffic with resends, updates, kills and near copies. */
    static List<Dispatch> traffic(long seed, int count) {
        return new WireTraffic(seed, SyntheticDispatches.recentStart(), WireTraffic.Mix.WIRE).next(count);
    }

    /** Publishes as ingest does: keyed by id, acks=all. */
    static void publish(String bootstrap, String registryUrl, String topic, List<Dispatch> dispatches) {
        publish(bootstrap, registryUrl, topic, dispatches, Dispatch::getId);
    }

    /**
     * Publishes Avro records under the given keys, acks=all, and fails if the broker did not take every one: a
     * record the test lost on its way in must never read as one the pipeline lost.
     */
    public static <T extends SpecificRecord> void publish(String bootstrap, String registryUrl, String topic,
                                                          List<T> records, Function<T, String> key) {
        AvroSerializer<T> values = serializer(registryUrl);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            List<Map.Entry<String, Future<RecordMetadata>>> sends = new ArrayList<>();  // keys repeat: resends
            for (T record : records) {
                String recordKey = key.apply(record);
                sends.add(Map.entry(recordKey, producer.send(new ProducerRecord<>(topic, recordKey,
                    values.serialize(topic, record)))));
            }
            for (Map.Entry<String, Future<RecordMetadata>> send : sends) {
                awaitSent(topic, send.getKey(), send.getValue());
            }
        }
    }

    private static void awaitSent(String topic, String key, Future<RecordMetadata> send) {
        try {
            send.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + key + " to " + topic, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not take " + key + " for " + topic, e.getCause());
        }
    }

    /** Writes an Avro record in a transaction and aborts it: in the log, but never to be read as committed. */
    static <T extends SpecificRecord> void publishAborted(String bootstrap, String registryUrl, String topic, T record,
                                                          Function<T, String> key) {
        AvroSerializer<T> values = serializer(registryUrl);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "aborted-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, key.apply(record), values.serialize(topic, record)));
            producer.flush();
            producer.abortTransaction();
        }
    }

    private static <T extends SpecificRecord> AvroSerializer<T> serializer(String registryUrl) {
        AvroSerializer<T> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", registryUrl), false);
        return values;
    }

    /** An application id and topics of the test's own (a random suffix), for an enrichment service on a shared broker. */
    static Map<String, String> ownTopics(String prefix) {
        String suffix = UUID.randomUUID().toString();
        return Map.of(
            EnrichConfig.APPLICATION_ID_CONFIG, prefix + "-" + suffix,
            EnrichConfig.DISPATCHES_TOPIC_CONFIG, prefix + "-dispatches-" + suffix,
            EnrichConfig.ENRICHED_TOPIC_CONFIG, prefix + "-enriched-" + suffix,
            EnrichConfig.ALERTS_TOPIC_CONFIG, prefix + "-alerts-" + suffix,
            EnrichConfig.TRENDS_TOPIC_CONFIG, prefix + "-trends-" + suffix,
            EnrichConfig.DEAD_LETTER_TOPIC_CONFIG, prefix + "-dead-letters-" + suffix,
            EnrichConfig.RULES_TOPIC_CONFIG, prefix + "-rules-" + suffix);
    }

    /**
     * Waits for as many enriched records as were sent, then a little longer (anything published twice would show
     * up by then), checks {@link #assertEachOnce} on what the topic holds (read_committed) and returns it.
     */
    static List<EnrichedDispatch> awaitEachOnce(KafkaEndpoint kafka, RegistryEndpoint registry, String topic,
                                                List<Dispatch> sent, Duration timeout) throws InterruptedException {
        TopicContents.await(kafka, registry, topic, EnrichedDispatch.class, sent.size(), timeout);
        Thread.sleep(2_000);
        List<EnrichedDispatch> enriched = TopicContents.read(kafka, registry, topic, EnrichedDispatch.class).stream()
            .map(ConsumerRecord::value).toList();
        assertEachOnce(sent, enriched);
        return enriched;
    }

    /** Every id and version sent is enriched exactly as many times as it was sent: nothing lost, nothing doubled. */
    static void assertEachOnce(List<Dispatch> sent, List<EnrichedDispatch> enriched) {
        Map<String, Long> expected = perVersion(sent, Dispatch::getId, Dispatch::getVersion);
        Map<String, Long> actual = perVersion(enriched, EnrichedDispatch::getId, EnrichedDispatch::getVersion);
        assertThat(missing(expected, actual)).as("lost").isEmpty();
        assertThat(missing(actual, expected)).as("doubled").isEmpty();
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
