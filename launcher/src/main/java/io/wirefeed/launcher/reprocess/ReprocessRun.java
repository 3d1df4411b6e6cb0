package io.wirefeed.launcher.reprocess;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirefeed.enrich.Retagger;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichTopics;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.launcher.deadletters.Progress;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Rule;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.AvroSerializer;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One reprocess: the operator's rules as the rules topic holds them now; a first pass over the enriched topic from
 * the range's start (by record time) to its end when the run began, choosing what to re-tag
 * ({@link RetagSelection}); a second pass over the same records re-tagging the chosen ones with the steps in force
 * now and writing those whose tags changed back to the enriched topic under their story's key (so each lands in
 * its story's partition, after the records it re-tags), at most at the given rate. Committed records only.
 */
final class ReprocessRun {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(200);

    /** What to re-tag and how: the range of receipt times, the rate, and whether to write. */
    record Request(Instant from, Instant to, double rate, boolean dryRun, boolean unchangedToo) {
    }

    /** What the run did: the selection's counts, how many re-tags changed tags, how many were written. */
    record Tally(RetagSelection.Counts counts, long changed, long written) {
    }

    private final EnrichConfig config;
    private final Clock clock;

    ReprocessRun(EnrichConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    Tally run(Request request, PrintWriter progressOut) throws InterruptedException {
        EnrichTopics topics = config.topics();
        Retagger retagger = new Retagger(config.describers().apply(rules(topics.rules())));
        try (KafkaConsumer<String, byte[]> consumer = consumer();
             AvroDeserializer<EnrichedDispatch> values = AvroDeserializer.specific(null, EnrichedDispatch.class)) {
            values.configure(config.serdeConfig(), false);
            List<TopicPartition> partitions = partitions(consumer, topics.enriched());
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = starts(consumer, partitions, request.from(), ends);

            RetagSelection selection = new RetagSelection(request.from(), request.to());
            read(consumer, values, starts, ends, (record, dispatch) -> selection.offer(
                new RetagSelection.Position(record.partition(), record.offset()), dispatch));
            Set<RetagSelection.Position> chosen = selection.selected();

            Progress progress = new Progress(progressOut, chosen.size(), "dispatches", clock, Duration.ofSeconds(1));
            Pace pace = Pace.of(request.rate());
            long[] changed = {0};
            long[] written = {0};
            try (KafkaProducer<String, EnrichedDispatch> producer = request.dryRun() ? null : producer()) {
                read(consumer, values, starts, ends, (record, dispatch) -> {
                    if (!chosen.contains(new RetagSelection.Position(record.partition(), record.offset()))) {
                        return;
                    }
                    if (producer != null) {
                        pace.acquire();
                    }
                    EnrichedDispatch retagged = retagger.retag(dispatch, clock.instant());
                    boolean changes = Retagger.changesTags(dispatch, retagged);
                    changed[0] += changes ? 1 : 0;
                    if (producer != null && (changes || request.unchangedToo())) {
                        producer.send(new ProducerRecord<>(topics.enriched(), record.key(), retagged));
                        written[0]++;
                    }
                    progress.advance(1);
                });
                if (producer != null) {
                    producer.flush();
                }
            }
            progress.finish();
            return new Tally(selection.counts(), changed[0], written[0]);
        }
    }

    /** The operator's rules as the compacted rules topic holds them now (the latest value per key). */
    private RuleSet rules(String topic) throws InterruptedException {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer();
             AvroDeserializer<Rule> values = AvroDeserializer.specific(null, Rule.class)) {
            values.configure(config.serdeConfig(), false);
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            read(consumer, values, consumer.beginningOffsets(partitions), ends, (record, rule) -> {
                if (rule == null) {
                    rules.remove(record.key());
                } else {
                    rules.put(record.key(), rule);
                }
            });
        }
        return RuleSet.of(rules.values(), MediaTopics.shipped());
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic, METADATA_TIMEOUT).stream()
            .map(info -> new TopicPartition(topic, info.partition()))
            .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /** The first offset of each partition at or after {@code from} by record time; the end where there is none. */
    private static Map<TopicPartition, Long> starts(KafkaConsumer<String, byte[]> consumer,
                                                    List<TopicPartition> partitions, Instant from,
                                                    Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(partition -> query.put(partition, from.toEpochMilli()));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, METADATA_TIMEOUT);
        Map<TopicPartition, Long> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp at = found.get(partition);
            starts.put(partition, at == null ? ends.get(partition) : at.offset());
        }
        return starts;
    }

    /** What {@link #read} hands each record to, with its value (null for a tombstone). */
    private interface Each<T> {
        void accept(ConsumerRecord<String, byte[]> record, T value) throws InterruptedException;
    }

    /** Hands each record from {@code starts} to {@code ends} (exclusive) to {@code each}, partition by partition. */
    private static <T extends GenericContainer> void read(KafkaConsumer<String, byte[]> consumer,
                                                          AvroDeserializer<T> values, Map<TopicPartition, Long> starts,
                                                          Map<TopicPartition, Long> ends, Each<T> each)
            throws InterruptedException {
        List<TopicPartition> partitions = new ArrayList<>(starts.keySet());
        partitions.sort(Comparator.comparingInt(TopicPartition::partition));
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition);
            consumer.assign(List.of(partition));
            consumer.seek(partition, starts.get(partition));
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end) {
                        each.accept(record, record.value() == null ? null
                            : values.deserialize(record.topic(), record.value()));
                    }
                }
            }
        }
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> settings = new HashMap<>(config.kafkaClientConfig());
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirefeed-reprocess");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<String, EnrichedDispatch> producer() {
        Map<String, Object> settings = new HashMap<>(config.kafkaClientConfig());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirefeed-reprocess");
        AvroSerializer<EnrichedDispatch> values = new AvroSerializer<>();
        values.configure(config.serdeConfig(), false);
        return new KafkaProducer<>(settings, new StringSerializer(), values);
    }
}
