package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.EmbeddedKafka;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stopped in the middle of the stream and started again on its data and port: the enrichment
 * service and the sinks (in a Connect worker) ride it out. The enriched topic (read_committed) holds each dispatch
 * exactly once, nothing in a dead-letter topic, and PostgreSQL and OpenSearch hold exactly what the topic holds.
 */
@ExtendWith(InfrastructureExtension.class)
class BrokerRestartFaultIT {

    private static final int DISPATCHES = 2_000;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    /**
     * After the restart Kafka Streams retries what timed out while the broker was away, and the sinks what they
     * could not commit: a slow host needs longer to catch up.
     */
    private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(5);

    @Test
    void aBrokerRestartMidStreamLosesAndDoublesNothing(RegistryEndpoint registry, PostgresEndpoint postgres,
            OpenSearchEndpoint opensearch, @TempDir Path dir) throws Exception {
        List<Dispatch> sent = PipelineRecords.traffic(17, DISPATCHES);
        int port = LoopbackPort.free();
        EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"), port);
        EnrichConfig config = new EnrichConfig(Map.of(
            "bootstrap.servers", kafka.endpoint().bootstrapServers(),
            "schema.registry.url", registry.url(),
            "auto.register.schemas", "true",
            EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            EnrichConfig.HTTP_PORT_CONFIG, "0",
            EnrichConfig.STATE_DIR_CONFIG, dir.resolve("state").toString(),
            EnrichConfig.TOPICS_PARTITIONS_CONFIG, "3"));
        try (EnrichService enrich = EnrichService.start(config, Clock.systemUTC());
             SinkedStores stores = SinkedStores.start(kafka.endpoint().bootstrapServers(), registry.url(),
                 config.topics().enriched(), postgres, opensearch.url(), dir.resolve("connect"))) {
            String topic = config.topics().dispatches();
            PipelineRecords.publish(kafka.endpoint().bootstrapServers(), registry.url(), topic,
                sent.subList(0, DISPATCHES / 2));
            TopicContents.await(kafka.endpoint(), registry, config.topics().enriched(), EnrichedDispatch.class,
                DISPATCHES / 4, TIMEOUT);

            kafka.close();
            Thread.sleep(5_000);
            kafka = EmbeddedKafka.start(dir.resolve("kafka"), port);

            PipelineRecords.publish(kafka.endpoint().bootstrapServers(), registry.url(), topic,
                sent.subList(DISPATCHES / 2, DISPATCHES));
            List<EnrichedDispatch> enriched;
            try {
                enriched = PipelineRecords.awaitEachOnce(kafka.endpoint(), registry, config.topics().enriched(), sent,
                    RECOVERY_TIMEOUT);
            } catch (AssertionError e) {
                throw new AssertionError("after the restart, with Kafka Streams " + enrich.state() + ": "
                    + e.getMessage(), e);
            }
            assertThat(TopicContents.read(kafka.endpoint(), registry, config.topics().deadLetters(), DeadLetter.class))
                .isEmpty();
            stores.assertHoldExactly(enriched, RECOVERY_TIMEOUT);
        } finally {
            kafka.close();
        }
    }
}
