package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
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

/** Embargoes on the real broker and registry (exactly-once, RocksDB, changelogs), across a restart of enrichment. */
@ExtendWith(InfrastructureExtension.class)
class EnrichEmbargoIT {

    /** Long enough for a stop and a start (about 10 s here), short enough to wait for. */
    private static final Duration EMBARGO = Duration.ofSeconds(20);

    /**
     * A dispatch held when enrichment stops is released once at its time by the instance that takes over, which
     * starts on an empty state directory (as a replacement pod would) and so has what is held from the changelog
     * only; its alert waits with it.
     */
    @Test
    void aHeldDispatchIsReleasedOnceAtItsTimeAfterARestart(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                         @TempDir Path dir) throws Exception {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir.resolve("before"));
        EnrichConfig before = settings.config();
        EnrichConfig after = settings.with(EnrichConfig.STATE_DIR_CONFIG, dir.resolve("after")).config();
        // One partition: the embargoed dispatch is judged before the one sent after it.
        TopicSetup.ensure(before.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false)));
        Instant until;
        try (EnrichService service = EnrichService.start(before, Clock.systemUTC())) {
            EnrichServiceIT.awaitRunning(service);
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);    // as Avro keeps it
            until = t0.plus(EMBARGO);
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

        try (EnrichService service = EnrichService.start(after, Clock.systemUTC())) {
            EnrichServiceIT.awaitRunning(service);
            assertThat(Instant.now()).as("restarted before the embargo ends").isBefore(until);
            assertThat(metrics(service)).as("counted again from the restored store")
                .containsPattern("(?m)^wirefeed_enrich_embargo_held 1\\.0$");
            assertThat(TopicContents.read(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class))
                .extracting(r -> r.value().getId()).containsExactly("live-2");
            assertThat(TopicContents.read(kafka, registry, settings.topics.alerts(), Alert.class)).isEmpty();

            List<ConsumerRecord<String, EnrichedDispatch>> enriched = TopicContents.await(kafka, registry,
                settings.topics.enriched(), EnrichedDispatch.class, 2, EMBARGO.plusSeconds(30));
            Instant seen = Instant.now();
            assertThat(seen).as("not before its time").isAfterOrEqualTo(until);
            // Each keyed by its story, so in partitions of their own: read partition by partition.
            assertThat(enriched).extracting(r -> r.value().getId()).containsExactlyInAnyOrder("live-2", "held-1");
            assertThat(enriched).filteredOn(r -> r.value().getId().equals("held-1")).singleElement()
                .satisfies(r -> assertThat(Instant.ofEpochMilli(r.timestamp())).isBetween(until, seen));
            assertThat(TopicContents.await(kafka, registry, settings.topics.alerts(), Alert.class, 1,
                Duration.ofSeconds(10))).singleElement().satisfies(alert -> {
                    assertThat(alert.value().getDispatchId()).isEqualTo("held-1");
                    assertThat(alert.value().getEmbargoedUntil()).isEqualTo(until);
                });
            // Two more checks, and a commit: nothing is released twice.
            Thread.sleep(EmbargoProcessor.CHECK.multipliedBy(2).toMillis());
            assertThat(TopicContents.read(kafka, registry, settings.topics.enriched(), EnrichedDispatch.class))
                .extracting(r -> r.value().getId()).containsExactlyInAnyOrder("live-2", "held-1");
            assertThat(metrics(service)).containsPattern("(?m)^wirefeed_enrich_embargo_held 0\\.0$")
                .containsPattern("(?m)^wirefeed_enrich_embargo_released_total 1\\.0$");
        }
    }

    private static String metrics(EnrichService service) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + service.httpPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
