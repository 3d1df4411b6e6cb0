package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embargoes on the real broker and registry (exactly-once, RocksDB, changelogs), across restarts of enrichment. The
 * embargo step decides what is due by the service's clock (its wall-clock check only wakes it every second), so the
 * test holds that clock, shared by every instance, and moves it past the embargo when it is ready: a slow machine
 * takes longer, never releases early.
 */
@ExtendWith(InfrastructureExtension.class)
class EnrichEmbargoIT {

    private static final Duration EMBARGO = Duration.ofHours(1);
    /** Several checks: long enough for a release that was due to have been made, if it were. */
    private static final Duration CHECKS = EmbargoProcessor.CHECK.multipliedBy(5);
    /** Generous, for a slow 2-core machine: the release is awaited, not timed. */
    private static final Duration RELEASE = Duration.ofSeconds(60);

    /**
     * A dispatch held when enrichment stops is released once, when the clock passes its embargo, by the instance that
     * takes over, which starts on an empty state directory (as a replacement pod would) and so has what is held from
     * the changelog only; its alert waits with it. An instance started right after the release does not release it
     * again.
     */
    @Test
    void aHeldDispatchIsReleasedOnceAtItsTimeAfterARestart(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                         @TempDir Path dir) throws Exception {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir.resolve("before"));
        EnrichConfig before = settings.config();
        // One partition: the embargoed dispatch is judged before the one sent after it.
        TopicSetup.ensure(before.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false)));
        TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));    // as Avro keeps it
        Instant t0 = clock.instant();
        Instant until = t0.plus(EMBARGO);
        try (EnrichService service = EnrichService.start(before, clock)) {
            EnrichServiceIT.awaitRunning(service);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer())) {
                AvroSerializer<Dispatch> values = new AvroSerializer<>();
                values.configure(Map.of("schema.registry.url", registry.url()), false);
                EnrichServiceIT.send(producer, values, settings.dispatches, Dispatch.newBuilder(
                    SampleDispatches.dispatch("held-1", 1)).setReceivedAt(t0).setUrgency(2)
                    .setBody(EnrichServiceIT.STORY).setEmbargoedUntil(until).build());
                EnrichServiceIT.send(producer, values, settings.dispatches, Dispatch.newBuilder(
                    SampleDispatches.dispatch("live-2", 1)).setReceivedAt(t0.plusMillis(1))
                    .setBody("BISHKEK, July 7 (Kabar) -- The tourist season opened at Lake Issyk-Kul.").build());
            }

            assertThat(TopicContents.await(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class, 1,
                Duration.ofSeconds(30))).extracting(r -> r.value().getId()).containsExactly("live-2");
            assertThat(metrics(service)).containsPattern("(?m)^wirefeed_enrich_embargo_held 1\\.0$");
        }

        try (EnrichService service = EnrichService.start(settings.with(EnrichConfig.STATE_DIR_CONFIG,
                dir.resolve("after")).config(), clock)) {
            EnrichServiceIT.awaitRunning(service);
            assertThat(metrics(service)).as("counted again from the restored store")
                .containsPattern("(?m)^wirefeed_enrich_embargo_held 1\\.0$");
            assertThat(ids(TopicContents.await(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class, 2,
                CHECKS))).as("still held after some checks").containsExactly("live-2");
            assertThat(TopicContents.read(kafka, registry, settings.topics.alerts(), Alert.class)).isEmpty();

            clock.advance(EMBARGO.plusSeconds(1));
            Instant released = clock.instant();
            List<ConsumerRecord<String, EnrichedDispatch>> enriched = TopicContents.await(kafka, registry,
                settings.topics.enriched(), EnrichedDispatch.class, 2, RELEASE);
            // Each keyed by its story, so in partitions of their own: read partition by partition.
            assertThat(ids(enriched)).containsExactlyInAnyOrder("live-2", "held-1");
            assertThat(enriched).filteredOn(r -> r.value().getId().equals("held-1")).singleElement()
                .satisfies(r -> {
                    assertThat(Instant.ofEpochMilli(r.timestamp())).as("the time of its release").isEqualTo(released);
                    assertThat(r.value().getEmbargoedUntil()).isEqualTo(until);
                });
            assertThat(TopicContents.await(kafka, registry, settings.topics.alerts(), Alert.class, 1,
                Duration.ofSeconds(30))).singleElement().satisfies(alert -> {
                    assertThat(alert.value().getDispatchId()).isEqualTo("held-1");
                    assertThat(alert.value().getEmbargoedUntil()).isEqualTo(until);
                });
            assertThat(metrics(service)).containsPattern("(?m)^wirefeed_enrich_embargo_held 0\\.0$")
                .containsPattern("(?m)^wirefeed_enrich_embargo_released_total 1\\.0$");
        }

        try (EnrichService service = EnrichService.start(settings.with(EnrichConfig.STATE_DIR_CONFIG,
                dir.resolve("again")).config(), clock)) {
            EnrichServiceIT.awaitRunning(service);
            assertThat(metrics(service)).as("nothing held in the restored store")
                .containsPattern("(?m)^wirefeed_enrich_embargo_held 0\\.0$");
            assertThat(ids(TopicContents.await(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class, 3,
                CHECKS))).as("not released again").containsExactlyInAnyOrder("live-2", "held-1");
        }
    }

    private static List<String> ids(List<ConsumerRecord<String, EnrichedDispatch>> records) {
        return records.stream().map(r -> r.value().getId()).toList();
    }

    private static String metrics(EnrichService service) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + service.httpPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
