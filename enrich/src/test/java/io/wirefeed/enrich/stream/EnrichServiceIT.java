package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.registry.CompatibilityLevel;
import io.wirefeed.registry.RestSchemaRegistryClient;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Trend;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.SchemaRegistration;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrichment instances on the real broker and registry (exactly-once, RocksDB), fed dispatches over three
 * partitions: versions, kills, duplicates under other keys and a poison record; every output topic is checked,
 * and that each instance had its share of the partitions and read all of it.
 */
@ExtendWith(InfrastructureExtension.class)
class EnrichServiceIT {

    static final String STORY = "TASHKENT, July 7 (Xinhua) -- Security chiefs of five Central Asian states agreed on "
        + "Tuesday to hold joint counter-terrorism drills near the Afghan border next spring, the Security Council "
        + "of Uzbekistan said.\n\nThe exercise will involve about 3,000 troops and special forces from Kazakhstan, "
        + "Kyrgyzstan, Tajikistan and Uzbekistan, the statement said.";

    @Test
    void twoInstancesEnrichEveryDispatchOnceAndFindLookAlikesAcrossPartitions(KafkaEndpoint kafka,
            RegistryEndpoint registry, @TempDir Path dir) throws Exception {
        // With a reorder grace, look-alikes from different partitions are judged in the order they were received,
        // whichever instance describes them first; without one (the default) the first to arrive would be the
        // one the other points to.
        // As in production: the release registers the published topics' schemas, enrich only looks them up (and
        // registers its internal topics' own).
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir.resolve("one"))
            .with(EnrichConfig.REORDER_GRACE_MS_CONFIG, 200).with("auto.register.schemas", false);
        EnrichConfig first = settings.config();
        EnrichConfig second = new EnrichSettings(kafka, registry, dir.resolve("two")).with(
            EnrichConfig.APPLICATION_ID_CONFIG, first.getString(EnrichConfig.APPLICATION_ID_CONFIG))
            .with(EnrichConfig.REORDER_GRACE_MS_CONFIG, 200).with("auto.register.schemas", false).config();
        registerAsARelease(registry, settings);
        TopicSetup.ensure(first.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 3, false)));
        try (EnrichService one = EnrichService.start(first, Clock.systemUTC());
             EnrichService two = EnrichService.start(withTopics(second, settings), Clock.systemUTC())) {
            awaitRunning(one, two);
            Instant t0 = Instant.now();
            try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
                AvroSerializer<Dispatch> values = new AvroSerializer<>();
                values.configure(Map.of("schema.registry.url", registry.url()), false);
                // One story per partition, so that whichever partitions an instance owns, it has dispatches to read.
                String topic = settings.dispatches;
                send(producer, values, topic, 0, dispatch("xinhua-1", 1, STORY, 2, t0));
                send(producer, values, topic, 0, dispatch("xinhua-1", 2, STORY + "\n\nMore followed.", 5,
                    t0.plusSeconds(1)));
                send(producer, values, topic, 1, dispatch("afp-7", 1, STORY.replace("(Xinhua) --", "(AFP) -")
                    + "\n\nThe talks were closed to the press.", 5, t0.plusSeconds(2)));
                send(producer, values, topic, 2, dispatch("resend-3", 1, STORY, 5, t0.plusSeconds(3)));
                producer.send(new ProducerRecord<>(topic, 1, "poison", "not avro".getBytes())).get();
                send(producer, values, topic, 0, Dispatch.newBuilder(dispatch("xinhua-1", 3, "Withdrawn.", 5,
                    t0.plusSeconds(4))).setPubStatus(PubStatus.CANCELED).build());
            }

            List<ConsumerRecord<String, EnrichedDispatch>> enriched = TopicContents.await(kafka, registry,
                settings.topics.enriched(), EnrichedDispatch.class, 5, Duration.ofSeconds(90));

            assertThat(enriched).hasSize(5).allSatisfy(r -> assertThat(r.key()).isEqualTo("xinhua-1"));
            Map<String, DedupeVerdict> verdicts = new HashMap<>();
            enriched.forEach(r -> verdicts.put(r.value().getId() + "@" + r.value().getVersion(),
                r.value().getDedupe().getVerdict()));
            assertThat(verdicts).containsEntry("xinhua-1@1", DedupeVerdict.UNIQUE)
                .containsEntry("xinhua-1@2", DedupeVerdict.UPDATE)
                .containsEntry("afp-7@1", DedupeVerdict.NEAR_DUPLICATE)
                .containsEntry("resend-3@1", DedupeVerdict.DUPLICATE)
                .containsEntry("xinhua-1@3", DedupeVerdict.KILL);
            assertThat(TopicContents.read(kafka, registry, settings.topics.deadLetters(), DeadLetter.class))
                .singleElement().satisfies(r -> {
                    assertThat(r.value().getOriginal()).isEqualTo(ByteBuffer.wrap("not avro".getBytes()));
                    assertThat(r.value().getSource()).startsWith("kafka:" + settings.dispatches + "/");
                });
            assertThat(TopicContents.read(kafka, registry, settings.topics.alerts(), Alert.class))
                .singleElement().satisfies(r -> assertThat(r.value().getDispatchId()).isEqualTo("xinhua-1"));
            assertThat(TopicContents.await(kafka, registry, settings.topics.trends(), Trend.class, 1,
                Duration.ofSeconds(30))).isNotEmpty();
            assertFullTransitive(registry, settings);
            String trendsOfBoth = trends(one) + trends(two);
            assertThat(trendsOfBoth).contains("\"key\":\"iso3166:UZ\"").contains("\"kind\":\"TOPIC\"");
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + one.httpPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(metrics.body()).contains("kafka_stream_").contains("wirefeed_enrich_latency_seconds_bucket")
                .containsPattern("(?m)^wirefeed_enrich_stream_threads [1-9]")
                .contains("wirefeed_enrich_stream_thread_failures_total");
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + one.httpPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertEachInstanceReadItsShare(kafka, first.getString(EnrichConfig.APPLICATION_ID_CONFIG),
                settings.dispatches);
        }
    }

    /**
     * The application's group has a member in each instance, each owning some of the dispatches partitions, and
     * every partition was read to its end: each instance did part of the work, none went unread.
     */
    private static void assertEachInstanceReadItsShare(KafkaEndpoint kafka, String applicationId, String topic)
            throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(applicationId)).all().get()
                .get(applicationId);
            Map<String, List<Integer>> owned = new HashMap<>();
            group.members().forEach(member -> owned.computeIfAbsent(instance(member.clientId()),
                id -> new ArrayList<>()).addAll(member.assignment().topicPartitions().stream()
                    .filter(p -> p.topic().equals(topic)).map(TopicPartition::partition).toList()));
            assertThat(owned).as("dispatches partitions by instance").hasSize(2)
                .allSatisfy((instance, partitions) -> assertThat(partitions).as(instance).isNotEmpty());
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1),
                new TopicPartition(topic, 2));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            assertThat(partitions).allSatisfy(p -> assertThat(committed.get(p)).as(p.toString()).isNotNull()
                .extracting(OffsetAndMetadata::offset).isEqualTo(ends.get(p).offset()));
        }
    }

    /** The instance a stream thread's consumer belongs to: its client id up to the thread's name. */
    private static String instance(String clientId) {
        int thread = clientId.indexOf("-StreamThread-");
        return thread < 0 ? clientId : clientId.substring(0, thread);
    }

    private static String trends(EnrichService service) throws Exception {
        HttpResponse<String> trends = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + service.httpPort() + "/trends?window=day&limit=100")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(trends.statusCode()).as(trends.body()).isEqualTo(200);
        return trends.body();
    }

    /** Without registering itself (production), enrich does not start on schemas no release registered. */
    @Test
    void enrichStopsAtStartWhenItsSchemasAreNotRegistered(KafkaEndpoint kafka, RegistryEndpoint registry,
            @TempDir Path dir) {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir).with("auto.register.schemas", false);

        assertThatThrownBy(() -> EnrichService.start(settings.config(), Clock.systemUTC()))
            .isInstanceOf(SerializationException.class)
            .hasMessageContaining("Cannot get the schema id of io.wirefeed.schema.").hasMessageContaining("404");
    }

    /**
     * The release's subjects put back to BACKWARD (a registry's default level, or a level someone lowered) before
     * enrich starts: the start sets FULL_TRANSITIVE again. What {@link #assertFullTransitive} sees in the test above
     * the release registration set already; this is the start's own doing.
     */
    @Test
    void enrichSetsItsSubjectsToFullTransitiveAtStart(KafkaEndpoint kafka, RegistryEndpoint registry,
            @TempDir Path dir) {
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir).with("auto.register.schemas", false);
        registerAsARelease(registry, settings);
        try (SchemaRegistryClient client = RestSchemaRegistryClient.create(Map.of("schema.registry.url",
                registry.url()))) {
            for (String topic : List.of(settings.topics.enriched(), settings.topics.alerts(), settings.topics.trends(),
                    settings.topics.deadLetters())) {
                client.setCompatibility(topic + "-value", CompatibilityLevel.BACKWARD);
                assertThat(client.compatibility(topic + "-value")).as(topic).isEqualTo(CompatibilityLevel.BACKWARD);
            }
        }
        TopicSetup.ensure(settings.config().kafkaClientConfig(),
            List.of(new TopicSetup.Wanted(settings.dispatches, 3, false)));
        try (EnrichService service = EnrichService.start(settings.config(), Clock.systemUTC())) {
            assertFullTransitive(registry, settings);
        }
    }

    private static void registerAsARelease(RegistryEndpoint registry, EnrichSettings settings) {
        SchemaRegistration.register(null, Map.of("schema.registry.url", registry.url()), Map.of(
            settings.topics.enriched(), EnrichedDispatch.getClassSchema(), settings.topics.alerts(),
            Alert.getClassSchema(), settings.topics.trends(), Trend.getClassSchema(), settings.topics.deadLetters(),
            DeadLetter.getClassSchema()));
    }

    /** The level of the published subjects: set at registration and again at start, and held by the registry since. */
    private static void assertFullTransitive(RegistryEndpoint registry, EnrichSettings settings) {
        try (SchemaRegistryClient client = RestSchemaRegistryClient.create(Map.of("schema.registry.url",
                registry.url()))) {
            for (String topic : List.of(settings.topics.enriched(), settings.topics.alerts(), settings.topics.trends(),
                    settings.topics.deadLetters())) {
                assertThat(client.compatibility(topic + "-value")).as(topic).isEqualTo(CompatibilityLevel.FULL_TRANSITIVE);
            }
        }
    }

    private static EnrichConfig withTopics(EnrichConfig config, EnrichSettings settings) {
        Map<String, Object> originals = new HashMap<>(config.originals());
        originals.put(EnrichConfig.DISPATCHES_TOPIC_CONFIG, settings.topics.dispatches());
        originals.put(EnrichConfig.ENRICHED_TOPIC_CONFIG, settings.topics.enriched());
        originals.put(EnrichConfig.ALERTS_TOPIC_CONFIG, settings.topics.alerts());
        originals.put(EnrichConfig.TRENDS_TOPIC_CONFIG, settings.topics.trends());
        originals.put(EnrichConfig.DEAD_LETTER_TOPIC_CONFIG, settings.topics.deadLetters());
        originals.put(EnrichConfig.RULES_TOPIC_CONFIG, settings.topics.rules());
        originals.put(EnrichConfig.EMBARGOED_ALERTS_TOPIC_CONFIG, settings.topics.embargoedAlerts());
        return new EnrichConfig(originals);
    }

    /** Waits until every service is RUNNING at once (so after the rebalance that a second one's joining causes). */
    static void awaitRunning(EnrichService... services) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Arrays.stream(services).allMatch(service -> service.state() == KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not all RUNNING after 60 s: "
                    + Arrays.stream(services).map(EnrichService::state).toList());
            }
            Thread.sleep(100);
        }
    }

    private static Dispatch dispatch(String id, int version, String body, int urgency, Instant at) {
        return Dispatch.newBuilder(SampleDispatches.dispatch(id, version)).setBody(body).setUrgency(urgency)
            .setHeadline("Central Asian states agree on counter-terrorism drills").setReceivedAt(at).build();
    }

    private static KafkaProducer<String, byte[]> producer(KafkaEndpoint kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    static void send(KafkaProducer<String, byte[]> producer, AvroSerializer<Dispatch> values, String topic,
                     Dispatch dispatch) throws Exception {
        producer.send(new ProducerRecord<>(topic, dispatch.getId(), values.serialize(topic, dispatch))).get();
    }

    private static void send(KafkaProducer<String, byte[]> producer, AvroSerializer<Dispatch> values, String topic,
                             int partition, Dispatch dispatch) throws Exception {
        producer.send(new ProducerRecord<>(topic, partition, dispatch.getId(), values.serialize(topic, dispatch)))
            .get();
    }
}
