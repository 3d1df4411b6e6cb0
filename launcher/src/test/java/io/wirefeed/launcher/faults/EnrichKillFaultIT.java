package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.launcher.bench.PipelineBenchmark;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enrichment processes (child JVMs) killed with SIGKILL while 20,000 dispatches with resends, updates, kills
 * and near copies go through: no commit, no leaving the group, no closing of stores. Both sinks run meanwhile in a
 * Connect worker. Afterwards the enriched topic (read_committed) holds each dispatch exactly once, nothing went to
 * a dead-letter topic, and PostgreSQL and OpenSearch hold exactly what the topic holds: what a killed process
 * wrote in a transaction that never committed reaches no store.
 */
@ExtendWith(InfrastructureExtension.class)
class EnrichKillFaultIT {

    private static final int DISPATCHES = 20_000;
    private static final int PARTITIONS = 3;
    private static final Duration TIMEOUT = Duration.ofMinutes(4);

    @Test
    void killedThreeTimesAndRestartedItLosesAndDoublesNothing(KafkaEndpoint kafka, RegistryEndpoint registry,
            PostgresEndpoint postgres, OpenSearchEndpoint opensearch, @TempDir Path dir) throws Exception {
        Map<String, String> settings = settings(kafka, registry, dir.resolve("state"));
        List<Dispatch> sent = publish(kafka, registry, settings, 31);
        try (SinkedStores stores = sinks(kafka, registry, postgres, opensearch, settings, dir)) {
            for (int kill = 1; kill <= 3; kill++) {
                EnrichProcess enrich = EnrichProcess.start(settings, dir.resolve("enrich-" + kill + ".log"));
                enrich.awaitEnriched(3_000, TIMEOUT);
                enrich.kill();
            }
            EnrichProcess last = EnrichProcess.start(settings, dir.resolve("enrich-last.log"));
            try {
                stores.assertHoldExactly(assertExactlyOnce(kafka, registry, settings, sent), TIMEOUT);
            } finally {
                last.stop();
            }
        }
    }

    @Test
    void twoInstancesShareTheLoadAndTheSurvivorOfAKillFinishesIt(KafkaEndpoint kafka, RegistryEndpoint registry,
            PostgresEndpoint postgres, OpenSearchEndpoint opensearch, @TempDir Path dir) throws Exception {
        Map<String, String> settings = settings(kafka, registry, dir.resolve("state-a"));
        Map<String, String> other = new HashMap<>(settings);
        other.put(EnrichConfig.STATE_DIR_CONFIG, dir.resolve("state-b").toString());
        ensureDispatchesTopic(kafka, settings);

        SinkedStores stores = sinks(kafka, registry, postgres, opensearch, settings, dir);
        EnrichProcess a = EnrichProcess.start(settings, dir.resolve("enrich-a.log"));
        EnrichProcess b = EnrichProcess.start(other, dir.resolve("enrich-b.log"));
        try {
            // Both in the group before any dispatch: else the first to start may enrich them all before the other joins
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!(a.ready() && b.ready())) {
                assertThat(System.nanoTime()).as(() -> "both instances running; a " + a.describe() + "\nb "
                    + b.describe()).isLessThan(deadline);
                Thread.sleep(200);
            }
            List<Dispatch> sent = publish(kafka, registry, settings, 37);
            deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (a.processed() == 0 || b.processed() == 0 || a.enriched() + b.enriched() < DISPATCHES / 3) {
                assertThat(System.nanoTime()).as("both instances at work").isLessThan(deadline);
                Thread.sleep(100);
            }
            // The one that judges versions and duplicates (one partition, so one instance) holds the state.
            EnrichProcess doomed = a.enriched() > 0 ? a : b;
            EnrichProcess survivor = doomed == a ? b : a;
            doomed.kill();
            List<EnrichedDispatch> enriched = assertExactlyOnce(kafka, registry, settings, sent);
            assertThat(survivor.enriched()).as("enriched by the survivor, with the state it restored").isPositive();
            stores.assertHoldExactly(enriched, TIMEOUT);
        } finally {
            a.stop();
            b.stop();
            stores.close();
        }
    }

    private static Map<String, String> settings(KafkaEndpoint kafka, RegistryEndpoint registry, Path state) {
        Map<String, String> settings = new HashMap<>(PipelineRecords.ownTopics("kill"));
        settings.putAll(Map.of(
            "bootstrap.servers", kafka.bootstrapServers(),
            "schema.registry.url", registry.url(),
            "auto.register.schemas", "true",
            EnrichConfig.STATE_DIR_CONFIG, state.toString(),
            EnrichConfig.TOPICS_PARTITIONS_CONFIG, String.valueOf(PARTITIONS),
            // A killed member is noticed after the session timeout; the broker's minimum keeps the test short.
            "kafka.session.timeout.ms", "6000",
            "kafka.heartbeat.interval.ms", "1500"));
        return settings;
    }

    /**
     * Both sinks on the enriched topic. A transaction aborted on that topic first stands for what a killed process
     * leaves: the sinks must read past it as the enriched topic's consumers do.
     */
    private static SinkedStores sinks(KafkaEndpoint kafka, RegistryEndpoint registry, PostgresEndpoint postgres,
                                      OpenSearchEndpoint opensearch, Map<String, String> settings, Path dir)
            throws Exception {
        String enriched = settings.get(EnrichConfig.ENRICHED_TOPIC_CONFIG);
        TopicSetup.ensure(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
            List.of(new TopicSetup.Wanted(enriched, PARTITIONS, false)));
        EnrichedDispatch never = EnrichedDispatch.newBuilder(PipelineBenchmark.offlineEnricher()
            .enrich(PipelineRecords.traffic(7, 1).get(0))).setId("never-committed").build();
        PipelineRecords.publishAborted(kafka.bootstrapServers(), registry.url(), enriched, never,
            EnrichedDispatch::getStory);
        return SinkedStores.start(kafka.bootstrapServers(), registry.url(), enriched, postgres, opensearch.url(),
            dir.resolve("connect"));
    }

    private static List<Dispatch> publish(KafkaEndpoint kafka, RegistryEndpoint registry, Map<String, String> settings,
                                          long seed) {
        ensureDispatchesTopic(kafka, settings);
        List<Dispatch> sent = PipelineRecords.traffic(seed, DISPATCHES);
        PipelineRecords.publish(kafka.bootstrapServers(), registry.url(),
            settings.get(EnrichConfig.DISPATCHES_TOPIC_CONFIG), sent);
        return sent;
    }

    private static void ensureDispatchesTopic(KafkaEndpoint kafka, Map<String, String> settings) {
        TopicSetup.ensure(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()),
            List.of(new TopicSetup.Wanted(settings.get(EnrichConfig.DISPATCHES_TOPIC_CONFIG), PARTITIONS, false)));
    }

    /** Checks the enriched topic and the dead letters, and returns what the topic holds. */
    private static List<EnrichedDispatch> assertExactlyOnce(KafkaEndpoint kafka, RegistryEndpoint registry,
            Map<String, String> settings, List<Dispatch> sent) throws InterruptedException {
        List<EnrichedDispatch> enriched = PipelineRecords.awaitEachOnce(kafka, registry,
            settings.get(EnrichConfig.ENRICHED_TOPIC_CONFIG), sent, TIMEOUT);
        // A resend judged as new would mean the memory of what was seen did not survive the kill.
        Map<String, Long> judgedNew = PipelineRecords.perVersion(enriched.stream()
            .filter(dispatch -> dispatch.getDedupe().getVerdict() != DedupeVerdict.DUPLICATE).toList(),
            EnrichedDispatch::getId, EnrichedDispatch::getVersion);
        assertThat(judgedNew).as("resends judged as new").allSatisfy((version, times) -> assertThat(times).isOne());
        assertThat(TopicContents.read(kafka, registry, settings.get(EnrichConfig.DEAD_LETTER_TOPIC_CONFIG),
            DeadLetter.class)).as("dead letters").isEmpty();
        return enriched;
    }
}
