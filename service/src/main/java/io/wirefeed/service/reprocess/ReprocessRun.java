package io.wirefeed.service.reprocess;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.wirefeed.enrich.Retagger;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichTopics;
import io.wirefeed.service.cli.Progress;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroSerializer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One reprocess: the operator's rules as the rules topic holds them now ({@link RulesSnapshot}); a first pass over
 * the enriched topic from the range's start (by record time) to its end when the run began, choosing what to re-tag
 * ({@link RetagSelection}); a second pass over the same records re-tagging the chosen ones with the steps in force
 * now and writing those whose tags changed back to the enriched topic under their story's key (so each lands in its
 * story's partition, after the records it re-tags), at most at the given rate. Committed records only; a write the
 * broker refuses stops the run ({@link ReprocessException}), saying how many were written before it.
 */
final class ReprocessRun {

    /** How long a partition may give nothing before the run stops, rather than wait without a word. */
    static final Duration STALL = Duration.ofSeconds(60);

    /** What to re-tag and how: the range of receipt times, the rate, and whether to write. */
    record Request(Instant from, Instant to, double rate, boolean dryRun, boolean unchangedToo) {
    }

    /** What the run did: the selection's counts, how many were re-tagged, changed their tags and were written. */
    record Tally(RetagSelection.Counts counts, long retagged, long changed, long written) {
    }

    private final EnrichConfig config;
    private final Clock clock;

    ReprocessRun(EnrichConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    Tally run(Request request, PrintWriter progressOut) throws InterruptedException {
        EnrichTopics topics = config.topics();
        Retagger retagger = new Retagger(config.describers().apply(RulesSnapshot.read(config.kafkaClientConfig(),
            config.serdeConfig(), topics.rules(), STALL, clock)));
        try (TopicScan<EnrichedDispatch> scan = new TopicScan<>(config.kafkaClientConfig(), config.serdeConfig(),
                topics.enriched(), EnrichedDispatch.class, STALL, clock)) {
            Map<TopicPartition, Long> ends = scan.ends();
            Map<TopicPartition, Long> starts = scan.startsAt(request.from(), ends);
            RetagSelection selection = new RetagSelection(request.from(), request.to());
            scan.read(starts, ends, read -> {
                if (read.value() != null) {
                    selection.offer(new RetagSelection.Position(read.partition(), read.offset()), read.value());
                } else {
                    selection.unreadable(read.where(), read.tombstone() ? "a tombstone" : read.problem());
                }
            });
            Set<RetagSelection.Position> chosen = selection.selected();

            Progress progress = new Progress(progressOut, chosen.size(), "dispatches", clock, Duration.ofSeconds(1));
            Writes writes = request.dryRun() ? null : new Writes(producer(), topics.enriched());
            Pace pace = Pace.of(request.rate());
            long[] retagged = {0};
            long[] changed = {0};
            try (Writes closing = writes) {
                scan.read(starts, ends, read -> {
                    if (read.value() == null
                            || !chosen.contains(new RetagSelection.Position(read.partition(), read.offset()))) {
                        return;
                    }
                    if (writes != null) {
                        pace.acquire();
                    }
                    EnrichedDispatch retag = retagger.retag(read.value(), clock.instant());
                    retagged[0]++;
                    boolean changes = Retagger.changesTags(read.value(), retag);
                    changed[0] += changes ? 1 : 0;
                    if (writes != null && (changes || request.unchangedToo())) {
                        writes.send(read.key(), retag);
                    }
                    progress.advance(1);
                });
            }
            progress.finish();
            return new Tally(selection.counts(), retagged[0], changed[0], writes == null ? 0 : writes.acknowledged());
        }
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

    /**
     * The re-tags sent, counted when the broker has them; the first write it refuses stops the run at the next send
     * or at the end, where a producer alone would only have logged it.
     */
    private static final class Writes implements AutoCloseable {

        private final KafkaProducer<String, EnrichedDispatch> producer;
        private final String topic;
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicReference<Exception> failure = new AtomicReference<>();

        Writes(KafkaProducer<String, EnrichedDispatch> producer, String topic) {
            this.producer = producer;
            this.topic = topic;
        }

        void send(String story, EnrichedDispatch retag) {
            stopOnFailure();
            producer.send(new ProducerRecord<>(topic, story, retag), (metadata, error) -> {
                if (error == null) {
                    acknowledged.incrementAndGet();
                } else {
                    failure.compareAndSet(null, error);
                }
            });
        }

        long acknowledged() {
            return acknowledged.get();
        }

        private void stopOnFailure() {
            Exception error = failure.get();
            if (error != null) {
                throw new ReprocessException("Writing a re-tag to " + topic + " failed after " + acknowledged.get()
                    + " were written: " + error.getMessage(), error);
            }
        }

        @Override
        public void close() {
            try {
                producer.flush();
                stopOnFailure();
            } finally {
                producer.close();
            }
        }
    }
}
