package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackProxy;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema registry unreachable for 30 s (every connection to it dropped and refused) while dispatches keep
 * coming: the enrichment goes on with the schemas it has cached, and a poison record sent meanwhile still reaches
 * the dead-letter topic (its schema was registered when the service started). Once the registry is back the
 * enriched topic holds each dispatch exactly once.
 */
@ExtendWith(InfrastructureExtension.class)
class RegistryOutageFaultTest {

    private static final int DISPATCHES = 2_000;
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final byte[] POISON = "not an Avro record".getBytes(StandardCharsets.UTF_8);

    @Test
    void cachedSchemasKeepRecordsAndDeadLettersFlowingThroughARegistryOutage(KafkaEndpoint kafka, RegistryEndpoint registry,
            @TempDir Path dir) throws Exception {
        List<Dispatch> sent = PipelineRecords.traffic(23, DISPATCHES);
        URI direct = URI.create(registry.url());
        try (LoopbackProxy proxy = LoopbackProxy.to(direct.getPort())) {
            Map<String, String> settings = new HashMap<>(PipelineRecords.ownTopics("outage"));
            settings.putAll(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "schema.registry.url", "http://127.0.0.1:" + proxy.port() + direct.getPath(),
                EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1",
                EnrichConfig.HTTP_PORT_CONFIG, "0",
                EnrichConfig.STATE_DIR_CONFIG, dir.toString(),
                EnrichConfig.TOPICS_PARTITIONS_CONFIG, "3"));
            EnrichConfig config = new EnrichConfig(settings);
            String input = config.topics().dispatches();
            String output = config.topics().enriched();
            try (EnrichService enrich = EnrichService.start(config, Clock.systemUTC())) {
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
                long outageLeft = OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - cutAt).toMillis();
                assertThat(outageLeft).as("the checks above ran within the outage").isPositive();
                Thread.sleep(outageLeft);
                proxy.restore();
                assertThat(enrichedMeanwhile).as("enriched while the registry was unreachable").isEqualTo(DISPATCHES / 2);
                assertThat(deadMeanwhile).as("dead-lettered while the registry was unreachable").singleElement()
                    .satisfies(letter -> assertThat(letter.value().getOriginal().array()).isEqualTo(POISON));

                PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), input,
                    sent.subList(DISPATCHES / 2, DISPATCHES));
                List<EnrichedDispatch> enriched = TopicContents.await(kafka, registry, output,
                    EnrichedDispatch.class, DISPATCHES, TIMEOUT).stream().map(ConsumerRecord::value).toList();
                PipelineRecords.assertEachOnce(sent, enriched);
                assertThat(TopicContents.read(kafka, registry, config.topics().deadLetters(), DeadLetter.class))
                    .as("dead letters at the end").hasSize(1);
            }
        }
    }

    private static void publishRaw(KafkaEndpoint kafka, String topic, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers(), "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, "poison".getBytes(StandardCharsets.UTF_8), value));
        }
    }
}
