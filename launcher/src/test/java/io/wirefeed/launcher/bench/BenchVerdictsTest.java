package io.wirefeed.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.dedupe.Deduplicator;
import io.wirefeed.enrich.dedupe.InMemoryDedupeStore;
import io.wirefeed.enrich.dedupe.TextFingerprint;
import io.wirefeed.enrich.stream.AlertPolicy;
import io.wirefeed.enrich.stream.EnrichMetrics;
import io.wirefeed.enrich.stream.EnrichTopics;
import io.wirefeed.enrich.stream.EnrichTopology;
import io.wirefeed.enrich.stream.StreamTopics;
import io.wirefeed.registry.InMemorySchemaRegistry;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.Signal;
import io.wirefeed.schema.Trend;
import io.wirefeed.serde.SpecificAvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdicts and stories the one-partition look-alike search gave the first 20,000 dispatches of the bench's
 * traffic (seed 42), judged in the order they were generated (2026-12-06): any other way of searching (partitioned,
 * cached) or of carrying dispatches to the search must give every dispatch, judged in the same order, the same
 * verdict, "of", similarity and story (issue 17). Checked on the search alone and through the enrichment topology as
 * the service runs it (exactly-once, the dispatches described, only what the verdict depends on sent to the dedupe
 * step, the dispatch joined with its ruling after it). When a change of verdicts is meant, the counts and digest
 * below change with it, and the commit says why.
 */
class BenchVerdictsTest {

    private static final int DISPATCHES = 20_000;
    private static final Instant START = Instant.parse("2026-07-07T06:00:00Z");
    private static final Map<DedupeVerdict, Integer> COUNTS = Map.of(DedupeVerdict.UNIQUE, 16_046,
        DedupeVerdict.DUPLICATE, 1_078, DedupeVerdict.NEAR_DUPLICATE, 1_150, DedupeVerdict.UPDATE, 1_528,
        DedupeVerdict.KILL, 198);
    private static final String DIGEST = "8049dcdf81e1ffdd9b536026e8057d72500d28930b96270bd3ef60564ca1b6dd";

    @Test
    void theBenchTrafficKeepsItsVerdicts() throws Exception {
        WireTraffic traffic = new WireTraffic(42, START, WireTraffic.Mix.WIRE);
        Deduplicator deduplicator = new Deduplicator(new InMemoryDedupeStore(), Duration.ofDays(7));
        Verdicts verdicts = new Verdicts();
        for (int i = 0; i < DISPATCHES; i++) {
            Dispatch dispatch = traffic.next();
            Deduplicator.Arrival arrival = new Deduplicator.Arrival(dispatch.getId(), dispatch.getVersion(),
                dispatch.getReceivedAt(), dispatch.getPubStatus() == PubStatus.CANCELED
                    || dispatch.getSignals().contains(Signal.KILL), dispatch.getSignals().contains(Signal.CORRECTION));
            TextFingerprint text = TextFingerprint.of(dispatch.getHeadline(), dispatch.getBody(),
                dispatch.getDateline().getText());
            Deduplicator.Decision decision = deduplicator.decide(arrival, text);
            verdicts.add(dispatch.getId(), dispatch.getVersion(), decision.dedupe(), decision.story());
        }

        assertThat(verdicts.counts).containsExactlyInAnyOrderEntriesOf(COUNTS);
        assertThat(verdicts.digest()).isEqualTo(DIGEST);
    }

    @Test
    void theEnrichmentTopologyGivesTheBenchTrafficTheSameVerdicts(@TempDir Path stateDir) throws Exception {
        InMemorySchemaRegistry registry = new InMemorySchemaRegistry();
        SpecificAvroSerde<Dispatch> dispatchSerde = serde(registry, Dispatch.class);
        SpecificAvroSerde<EnrichedDispatch> enrichedSerde = serde(registry, EnrichedDispatch.class);
        EnrichTopics names = new EnrichTopics("dispatches", "enriched", "alerts", "trends", "dead-letters", "rules",
            "embargoed-alerts");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "verdicts");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        DispatchDescriber describer = DispatchDescriber.standard();
        WireTraffic traffic = new WireTraffic(42, START, WireTraffic.Mix.WIRE);
        Verdicts verdicts = new Verdicts();
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(StreamTopics.of(names,
                new EnrichTopology.AvroSerdes(dispatchSerde, enrichedSerde, serde(registry, Alert.class),
                    serde(registry, Trend.class), serde(registry, Rule.class))), 1,
                new EnrichTopology.Describing(describer, rules -> describer, Duration.ofMinutes(1)),
                AlertPolicy.COUNTER_TERRORISM, new EnrichTopology.DedupeSettings(Duration.ofDays(7), Duration.ZERO),
                EnrichTopology.EmbargoSettings.DEFAULT, metrics(), Clock.systemUTC()), config)) {
            TestInputTopic<String, Dispatch> dispatches = driver.createInputTopic(names.dispatches(),
                new StringSerializer(), dispatchSerde.serializer());
            TestOutputTopic<String, EnrichedDispatch> enriched = driver.createOutputTopic(names.enriched(),
                Serdes.String().deserializer(), enrichedSerde.deserializer());
            for (int i = 0; i < DISPATCHES; i++) {
                Dispatch dispatch = traffic.next();
                dispatches.pipeInput(dispatch.getId(), dispatch);
                for (EnrichedDispatch judged : enriched.readValuesToList()) {
                    verdicts.add(judged.getId(), judged.getVersion(), judged.getDedupe(), judged.getStory());
                }
                if (i % 1_000 == 0) {
                    // The alerts and trends a long run publishes are not what this test reads.
                    driver.createOutputTopic(names.alerts(), Serdes.String().deserializer(),
                        Serdes.ByteArray().deserializer()).readRecordsToList();
                    driver.createOutputTopic(names.trends(), Serdes.String().deserializer(),
                        Serdes.ByteArray().deserializer()).readRecordsToList();
                }
            }
        }

        assertThat(verdicts.counts).containsExactlyInAnyOrderEntriesOf(COUNTS);
        assertThat(verdicts.digest()).isEqualTo(DIGEST);
    }

    private static EnrichMetrics metrics() {
        EnrichMetrics metrics = new EnrichMetrics();
        metrics.bindTo(new SimpleMeterRegistry());
        return metrics;
    }

    private static <T extends SpecificRecord> SpecificAvroSerde<T> serde(InMemorySchemaRegistry registry,
                                                                       Class<T> type) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry, type);
        serde.configure(Map.of(), false);
        return serde;
    }

    /** Verdicts counted, and digested in the order they were given. */
    private static final class Verdicts {

        final Map<DedupeVerdict, Integer> counts = new EnumMap<>(DedupeVerdict.class);
        private final MessageDigest digest;

        Verdicts() throws NoSuchAlgorithmException {
            digest = MessageDigest.getInstance("SHA-256");
        }

        void add(String id, int version, Dedupe dedupe, String story) {
            counts.merge(dedupe.getVerdict(), 1, Integer::sum);
            digest.update((id + "|" + version + "|" + dedupe.getVerdict() + "|" + dedupe.getOf() + "|"
                + dedupe.getOfVersion() + "|" + dedupe.getSimilarity() + "|" + story + "\n")
                .getBytes(StandardCharsets.UTF_8));
        }

        String digest() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
