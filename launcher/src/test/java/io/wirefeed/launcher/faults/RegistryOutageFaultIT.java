package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.stream.AlertPolicy;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackProxy;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema registry unreachable for 30 s (every connection to it, from the enrichment and from the sinks,
 * dropped and refused) while dispatches keep coming. What the services have cached keeps records flowing; what
 * they have not seen yet (a schema to register, a schema id to look up) waits for the registry and is neither
 * lost nor dead-lettered. Afterwards the enriched topic holds each dispatch exactly once and PostgreSQL and
 * OpenSearch hold exactly what it holds.
 */
@ExtendWith(InfrastructureExtension.class)
class RegistryOutageFaultIT {

    private static final int DISPATCHES = 2_000;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration SHORT_OUTAGE = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final byte[] POISON = "not an Avro record".getBytes(StandardCharsets.UTF_8);

    @Test
    void cachedSchemasKeepRecordsAndDeadLettersFlowingThroughARegistryOutage(KafkaEndpoint kafka,
            RegistryEndpoint registry, PostgresEndpoint postgres, OpenSearchEndpoint opensearch, @TempDir Path dir)
            throws Exception {
        List<Dispatch> sent = PipelineRecords.traffic(23, DISPATCHES);
        try (LoopbackProxy proxy = LoopbackProxy.to(URI.create(registry.url()).getPort())) {
            EnrichConfig config = config(kafka, registry, proxy, dir, Map.of());
            String input = config.topics().dispatches();
            String output = config.topics().enriched();
            try (EnrichService enrich = EnrichService.start(config, Clock.systemUTC());
                 SinkedStores stores = SinkedStores.start(kafka.bootstrapServers(), through(registry, proxy), output,
                     postgres, opensearch.url(), dir.resolve("connect"))) {
                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), input, sent.subList(0, DISPATCHES / 4));
                TopicContents.await(kafka, registry, output, EnrichedDispatch.class, DISPATCHES / 4, TIMEOUT);

                proxy.cut();
                long cutAt = System.nanoTime();
                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), input,
                    sent.subList(DISPATCHES / 4, DISPATCHES / 2));
                publishRaw(kafka, input, POISON);
                int enrichedMeanwhile = TopicContents.await(kafka, registry, output, EnrichedDispatch.class,
                    DISPATCHES / 2, OUTAGE).size();
                List<ConsumerRecord<String, DeadLetter>> deadMeanwhile = TopicContents.await(kafka, registry,
                    config.topics().deadLetters(), DeadLetter.class, 1, OUTAGE);
                sleepOutTheOutage(cutAt, OUTAGE);
                proxy.restore();
                assertThat(enrichedMeanwhile).as("enriched while the registry was unreachable").isEqualTo(DISPATCHES / 2);
                assertThat(deadMeanwhile).as("dead-lettered while the registry was unreachable").singleElement()
                    .satisfies(letter -> assertThat(letter.value().getOriginal().array()).isEqualTo(POISON));

                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), input,
                    sent.subList(DISPATCHES / 2, DISPATCHES));
                List<EnrichedDispatch> enriched = PipelineRecords.awaitEachOnce(kafka, registry, output, sent, TIMEOUT);
                assertThat(TopicContents.read(kafka, registry, config.topics().deadLetters(), DeadLetter.class))
                    .as("dead letters at the end").hasSize(1);
                stores.assertHoldExactly(enriched, TIMEOUT);
            }
        }
    }

    @Test
    void whatNeedsTheRegistryFirstWaitsForItAndIsNeitherLostNorDeadLettered(KafkaEndpoint kafka,
            RegistryEndpoint registry, PostgresEndpoint postgres, OpenSearchEndpoint opensearch, @TempDir Path dir)
            throws Exception {
        List<Dispatch> sent = PipelineRecords.traffic(29, DISPATCHES / 4);
        // The registry client gives up at once: every record meets the outage many times over, not a few times.
        Map<String, String> failFast = Map.of(SchemaRegistryClientConfig.MAX_RETRIES_CONFIG, "0");
        try (LoopbackProxy proxy = LoopbackProxy.to(URI.create(registry.url()).getPort())) {
            EnrichConfig config = config(kafka, registry, proxy, dir, failFast);
            String output = config.topics().enriched();
            try (EnrichService enrich = EnrichService.start(config, Clock.systemUTC())) {
                // Cut before the first dispatch: the enrichment has still to look up the dispatches' schema id and
                // to register the enriched schema.
                proxy.cut();
                long cutAt = System.nanoTime();
                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), config.topics().dispatches(), sent);
                sleepOutTheOutage(cutAt, OUTAGE);
                assertThat(TopicContents.read(kafka, registry, output, EnrichedDispatch.class))
                    .as("enriched while the registry was unreachable").isEmpty();
                assertThat(TopicContents.read(kafka, registry, config.topics().deadLetters(), DeadLetter.class))
                    .as("dead-lettered while the registry was unreachable").isEmpty();
                proxy.restore();
                List<EnrichedDispatch> enriched = PipelineRecords.awaitEachOnce(kafka, registry, output, sent, TIMEOUT);
                assertThat(TopicContents.read(kafka, registry, config.topics().deadLetters(), DeadLetter.class))
                    .as("dead letters at the end").isEmpty();

                // The sinks start during a second outage: they have still to look up the enriched schema id.
                proxy.cut();
                cutAt = System.nanoTime();
                try (SinkedStores stores = SinkedStores.start(kafka.bootstrapServers(), through(registry, proxy),
                        output, postgres, opensearch.url(), dir.resolve("connect"), failFast)) {
                    sleepOutTheOutage(cutAt, SHORT_OUTAGE);
                    assertThat(stores.rows()).as("rows written while the registry was unreachable").isEmpty();
                    assertThat(stores.deadLettered()).as("dead-lettered by the connectors meanwhile").isZero();
                    proxy.restore();
                    stores.assertHoldExactly(enriched, TIMEOUT);
                }
            }
        }
    }

    @Test
    void aSchemaFirstRegisteredDuringTheOutageIsRegisteredOnceTheRegistryIsBack(KafkaEndpoint kafka,
            RegistryEndpoint registry, @TempDir Path dir) throws Exception {
        List<Dispatch> traffic = PipelineRecords.traffic(31, DISPATCHES / 4);
        // Urgency 8 raises no alert: the alerts' schema is still unregistered when the registry goes away.
        Dispatch quiet = Dispatch.newBuilder(traffic.get(0)).setId("quiet-1").setUrgency(8).build();
        Map<String, String> failFast = Map.of(SchemaRegistryClientConfig.MAX_RETRIES_CONFIG, "0");
        try (LoopbackProxy proxy = LoopbackProxy.to(URI.create(registry.url()).getPort())) {
            EnrichConfig config = config(kafka, registry, proxy, dir, failFast);
            try (EnrichService enrich = EnrichService.start(config, Clock.systemUTC())) {
                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), config.topics().dispatches(),
                    List.of(quiet));
                TopicContents.await(kafka, registry, config.topics().enriched(), EnrichedDispatch.class, 1, TIMEOUT);

                proxy.cut();
                long cutAt = System.nanoTime();
                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), config.topics().dispatches(),
                    traffic);
                sleepOutTheOutage(cutAt, SHORT_OUTAGE);
                assertThat(TopicContents.read(kafka, registry, config.topics().alerts(), Alert.class))
                    .as("alerts while their schema could not be registered").isEmpty();
                proxy.restore();

                List<Dispatch> sent = new ArrayList<>(traffic);
                sent.add(quiet);
                List<EnrichedDispatch> enriched = PipelineRecords.awaitEachOnce(kafka, registry,
                    config.topics().enriched(), sent, TIMEOUT);
                AlertPolicy policy = new AlertPolicy(AlertPolicy.COUNTER_TERRORISM.rule(),
                    AlertPolicy.COUNTER_TERRORISM.topics(), config.getInt(EnrichConfig.ALERT_MAX_URGENCY_CONFIG));
                List<String> expected = enriched.stream().flatMap(dispatch -> policy.alertsFor(dispatch).stream())
                    .map(Alert::getId).toList();
                assertThat(expected).as("alerts the traffic raises").isNotEmpty();
                TopicContents.await(kafka, registry, config.topics().alerts(), Alert.class, expected.size(), TIMEOUT);
                assertThat(TopicContents.read(kafka, registry, config.topics().alerts(), Alert.class))
                    .extracting(alert -> alert.value().getId()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(TopicContents.read(kafka, registry, config.topics().deadLetters(), DeadLetter.class))
                    .as("dead letters").isEmpty();
            }
        }
    }

    private static EnrichConfig config(KafkaEndpoint kafka, RegistryEndpoint registry, LoopbackProxy proxy, Path dir,
                                       Map<String, String> registrySettings) {
        Map<String, String> settings = new HashMap<>(PipelineRecords.ownTopics("outage"));
        settings.putAll(registrySettings);
        settings.putAll(Map.of(
            "bootstrap.servers", kafka.bootstrapServers(),
            "schema.registry.url", through(registry, proxy),
            "auto.register.schemas", "true",
            EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            EnrichConfig.HTTP_PORT_CONFIG, "0",
            EnrichConfig.STATE_DIR_CONFIG, dir.resolve("state").toString(),
            EnrichConfig.TOPICS_PARTITIONS_CONFIG, "3"));
        return new EnrichConfig(settings);
    }

    /** The registry's URL by way of the proxy. */
    private static String through(RegistryEndpoint registry, LoopbackProxy proxy) {
        return "http://127.0.0.1:" + proxy.port() + URI.create(registry.url()).getPath();
    }

    private static void sleepOutTheOutage(long cutAt, Duration outage) throws InterruptedException {
        long outageLeft = outage.toMillis() - Duration.ofNanos(System.nanoTime() - cutAt).toMillis();
        assertThat(outageLeft).as("the checks above ran within the outage").isPositive();
        Thread.sleep(outageLeft);
    }

    private static void publishRaw(KafkaEndpoint kafka, String topic, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers(), "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "poison".getBytes(StandardCharsets.UTF_8), value));
        }
    }
}
