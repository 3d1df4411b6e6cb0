package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrichment service killed with SIGKILL in the middle of the stream and started again: a read_committed
 * consumer finds every enriched dispatch exactly once. The service runs as a real process, a child JVM.
 */
@ExtendWith(InfrastructureExtension.class)
class EnrichRestartTest {

    private static final int DISPATCHES = 300;

    @Test
    void aKilledEnricherRestartsWithoutLosingOrRepeatingADispatch(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                                  @TempDir Path dir) throws Exception {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir.resolve("state"))
            .with(EnrichConfig.REORDER_GRACE_MS_CONFIG, 50);
        TopicSetup.ensure(settings.config().kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 3, false)));
        Path config = writeConfig(dir.resolve("enrich.properties"), settings.asMap());
        try (KafkaProducer<String, byte[]> producer = EnrichServiceTest.producer(kafka)) {
            AvroSerializer<Dispatch> values = new AvroSerializer<>();
            values.configure(Map.of("schema.registry.url", registry.url()), false);
            Instant t0 = Instant.now();
            for (int i = 0; i < DISPATCHES; i++) {
                Dispatch dispatch = EnrichServiceTest.dispatch("story-" + i, 1, "ALMATY, July 7 (Kazinform) -- Report "
                    + i + " on item " + (i * 7919) + " of the day, number " + Integer.toHexString(i * 31) + ".", 5,
                    t0.plusMillis(i));
                producer.send(new ProducerRecord<>(settings.dispatches, dispatch.getId(),
                    values.serialize(settings.dispatches, dispatch)));
            }
            producer.flush();
        }

        Process first = start(config, dir.resolve("first.log"));
        awaitEnriched(kafka, registry, settings, 40, Duration.ofSeconds(90));
        first.destroyForcibly().waitFor();
        int atKill = TopicContents.read(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class).size();
        assertThat(atKill).as("killed mid-stream").isLessThan(DISPATCHES);

        Process second = start(config, dir.resolve("second.log"));
        List<ConsumerRecord<String, EnrichedDispatch>> enriched;
        try {
            enriched = awaitEnriched(kafka, registry, settings, DISPATCHES, Duration.ofSeconds(120));
            Thread.sleep(2_000);   // anything published twice would show up by now
            enriched = TopicContents.read(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class);
        } finally {
            second.destroy();
            second.waitFor();
        }

        Map<String, Long> perId = enriched.stream()
            .collect(Collectors.groupingBy(r -> r.value().getId(), Collectors.counting()));
        assertThat(perId).hasSize(DISPATCHES).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
    }

    private static List<ConsumerRecord<String, EnrichedDispatch>> awaitEnriched(KafkaEndpoint kafka,
            RegistryEndpoint registry, EnrichSettings settings, int count, Duration timeout) throws InterruptedException {
        return TopicContents.await(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class, count, timeout);
    }

    private static Process start(Path config, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
            EnrichApp.class.getName(), config.toString())
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Path writeConfig(Path file, Map<String, Object> settings) throws IOException {
        Properties properties = new Properties();
        settings.forEach((key, value) -> properties.setProperty(key, String.valueOf(value)));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "EnrichRestartTest");
        }
        return file;
    }
}
