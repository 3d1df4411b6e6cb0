package io.wirefeed.launcher.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.Enricher;
import io.wirefeed.launcher.bench.PipelineBenchmark;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.OpenSearchServer;
import io.wirefeed.stack.PostgresServer;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sinks through their stores' failures, in a real Connect worker: OpenSearch stopped for 60 s and
 * PostgreSQL restarted while 20,000 enriched dispatches (resends, updates, kills, near copies) flow. Afterwards
 * PostgreSQL holds exactly one row per dispatch id and version, OpenSearch exactly one document per dispatch id at
 * its latest version, and nothing went to the connectors' dead-letter topic.
 */
@ExtendWith(InfrastructureExtension.class)
class SinkOutageFaultIT {

    private static final int DISPATCHES = 20_000;
    private static final String TOPIC = "sink-outage.enriched";
    private static final Duration OPENSEARCH_DOWN = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @Test
    void openSearchDownAMinuteAndPostgresRestartedLoseAndDoubleNothing(KafkaEndpoint kafka, RegistryEndpoint registry,
            @TempDir Path dir) throws Exception {
        Enricher enricher = PipelineBenchmark.offlineEnricher();
        List<EnrichedDispatch> records = PipelineRecords.traffic(41, DISPATCHES).stream().map(enricher::enrich).toList();
        int searchPort = LoopbackPort.free();
        int postgresPort = LoopbackPort.free();
        OpenSearchServer search = OpenSearchServer.start(dir.resolve("opensearch"), searchPort);
        // Not "clean": a clean server deletes its data directory when it stops, and this one must survive a restart.
        PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), false, postgresPort);
        try {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            try (SinkedStores stores = SinkedStores.start(kafka.bootstrapServers(), registry.url(), TOPIC,
                    postgres.endpoint(), search.endpoint().url(), dir.resolve("connect"))) {
                int third = DISPATCHES / 3;
                publish(kafka, registry, records.subList(0, third));
                stores.awaitRows("rows before the faults", third / 2, TIMEOUT);

                search.close();
                long stoppedAt = System.nanoTime();
                publish(kafka, registry, records.subList(third, 2 * third));
                postgres.close();
                Thread.sleep(5_000);
                postgres = PostgresServer.start(dir.resolve("postgres"), false, postgresPort);
                stores.awaitRows("rows after the PostgreSQL restart", third + third / 2, TIMEOUT);
                Thread.sleep(Math.max(0, OPENSEARCH_DOWN.toMillis() - Duration.ofNanos(System.nanoTime() - stoppedAt)
                    .toMillis()));
                search = OpenSearchServer.start(dir.resolve("opensearch"), searchPort);
                publish(kafka, registry, records.subList(2 * third, DISPATCHES));

                stores.assertHoldExactly(records, TIMEOUT);
            }
        } finally {
            search.close();
            postgres.close();
        }
    }

    /** Keyed by story, as the enrichment publishes them. */
    private static void publish(KafkaEndpoint kafka, RegistryEndpoint registry, List<EnrichedDispatch> records) {
        PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), TOPIC, records, EnrichedDispatch::getStory);
    }
}
