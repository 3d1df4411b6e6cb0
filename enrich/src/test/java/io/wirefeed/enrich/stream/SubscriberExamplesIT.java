package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.examples.subscriber.EnrichedSubscriber;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subscribers' examples of docs/subscribers.md (examples/subscriber-java and examples/subscriber-node) against
 * what the real enrichment service writes on the shared broker and registry: a dispatch and its update, with a
 * record of an aborted transaction between them that a read_committed subscriber never sees. Node.js and npm are
 * required (a missing one fails the test): the Node example is installed with {@code npm ci} and run as a process.
 */
@ExtendWith(InfrastructureExtension.class)
class SubscriberExamplesIT {

    private static final Path NODE_EXAMPLE = Path.of("..", "examples", "subscriber-node");
    private static final Duration NPM_CI_LIMIT = Duration.ofSeconds(120);
    private static final Duration NODE_LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static KafkaEndpoint kafka;
    private static RegistryEndpoint registry;
    private static String topic;
    /** What enrich wrote, as the project's own read_committed reader reads it. */
    private static List<EnrichedDispatch> enriched;

    @BeforeAll
    static void enrichADispatchAndItsUpdate(KafkaEndpoint kafkaEndpoint, RegistryEndpoint registryEndpoint,
                                            @TempDir Path dir) throws Exception {
        kafka = kafkaEndpoint;
        registry = registryEndpoint;
        EnrichSettings settings = new EnrichSettings(kafka, registry, dir);
        topic = settings.topics.enriched();
        EnrichConfig config = settings.config();
        TopicSetup.ensure(config.kafkaClientConfig(), List.of(new TopicSetup.Wanted(settings.dispatches, 1, false)));
        Instant t0 = Instant.now();
        try (EnrichService service = EnrichService.start(config, Clock.systemUTC());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                 ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                 new StringSerializer(), new ByteArraySerializer())) {
            EnrichServiceIT.awaitRunning(service);
            AvroSerializer<Dispatch> values = new AvroSerializer<>();
            values.configure(Map.of("schema.registry.url", registry.url()), false);
            EnrichServiceIT.send(producer, values, settings.dispatches, dispatch(1, t0));
            EnrichedDispatch first = TopicContents.await(kafka, registry, topic, EnrichedDispatch.class, 1,
                Duration.ofSeconds(60)).get(0).value();
            writeAndAbort(EnrichedDispatch.newBuilder(first).setId("aborted-1").setHeadline("Never committed").build());
            EnrichServiceIT.send(producer, values, settings.dispatches, dispatch(2, t0.plusSeconds(1)));
            enriched = TopicContents.await(kafka, registry, topic, EnrichedDispatch.class, 2, Duration.ofSeconds(60))
                .stream().map(ConsumerRecord::value).toList();
        }
        assertThat(enriched).extracting(d -> d.getId() + "@" + d.getVersion() + " " + d.getDedupe().getVerdict())
            .containsExactly("xinhua-1@1 UNIQUE", "xinhua-1@2 UPDATE");
        assertThat(enriched.get(0).getEntities()).extracting(Entity::getName).contains("Tashkent");
    }

    @Test
    void theJavaExampleReadsTheCommittedRecordsAndCommitsWhatItHandled() throws Exception {
        String group = "subscriber-java-" + UUID.randomUUID();
        List<ConsumerRecord<String, EnrichedDispatch>> read = new ArrayList<>();
        try (EnrichedSubscriber subscriber = new EnrichedSubscriber(
                EnrichedSubscriber.config(kafka.bootstrapServers(), registry.url(), group), topic)) {
            assertThat(subscriber.run(2, Duration.ofSeconds(45), read::add)).isEqualTo(2);
        }

        assertThat(read).extracting(ConsumerRecord::key).containsOnly("xinhua-1");
        assertThat(read).extracting(ConsumerRecord::value).containsExactlyElementsOf(enriched);
        assertThat(EnrichedSubscriber.describe(read.get(1).value()))
            .startsWith("xinhua-1 v2 UPDATE of xinhua-1 | Central Asian states agree on counter-terrorism drills | ")
            .contains("PLACE Tashkent").contains("medtop:");
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
            ConsumerRecord<String, EnrichedDispatch> last = read.get(1);
            assertThat(committed).as("committed after the update was handled")
                .containsEntry(new TopicPartition(topic, last.partition()), new OffsetAndMetadata(last.offset() + 1));
        }
    }

    @Test
    void theNodeExampleDecodesTheSameRecordsWithTheWriterSchemaFromTheRegistry(@TempDir Path dir) throws Exception {
        for (String file : List.of("package.json", "package-lock.json", "consumer.js")) {
            Files.copy(NODE_EXAMPLE.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        run(dir, NPM_CI_LIMIT, Map.of(), "npm", "ci", "--no-audit", "--no-fund");
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP", kafka.bootstrapServers(), "SCHEMA_REGISTRY_URL",
            registry.url(), "TOPIC", topic, "GROUP_ID", "subscriber-node-" + UUID.randomUUID(), "MAX_RECORDS", "2",
            "TIMEOUT_MS", String.valueOf(NODE_LIMIT.minusSeconds(15).toMillis()));
        List<String> lines = run(dir, NODE_LIMIT, env, "node", "consumer.js");

        assertThat(lines).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            EnrichedDispatch expected = enriched.get(i);
            assertThat(line.path("key").asText()).isEqualTo("xinhua-1");
            assertThat(line.path("id").asText()).isEqualTo(expected.getId());
            assertThat(line.path("version").asInt()).isEqualTo(expected.getVersion());
            assertThat(line.path("verdict").asText()).isEqualTo(expected.getDedupe().getVerdict().name());
            assertThat(line.path("headline").asText()).isEqualTo(expected.getHeadline());
            assertThat(Instant.parse(line.path("receivedAt").asText())).as("timestamp-millis as a date")
                .isEqualTo(expected.getReceivedAt());
            assertThat(line.path("entities").findValuesAsText("name"))
                .containsExactlyElementsOf(expected.getEntities().stream().map(Entity::getName).toList())
                .contains("Tashkent");
            assertThat(line.path("topics").findValuesAsText("code"))
                .containsExactlyElementsOf(expected.getTopics().stream().map(t -> t.getCode()).toList());
        }
        assertThat(JSON.readTree(lines.get(1)).path("verdict").asText()).isEqualTo(DedupeVerdict.UPDATE.name());
    }

    private static Dispatch dispatch(int version, Instant receivedAt) {
        return Dispatch.newBuilder(SampleDispatches.dispatch("xinhua-1", version)).setBody(EnrichServiceIT.STORY)
            .setHeadline("Central Asian states agree on counter-terrorism drills").setReceivedAt(receivedAt).build();
    }

    /** A record as enrich would write it, under the same key, in a transaction that is then aborted. */
    private static void writeAndAbort(EnrichedDispatch value) {
        AvroSerializer<EnrichedDispatch> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", registry.url()), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "aborted-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, value.getStory(), values.serialize(topic, value)));
            producer.flush();
            producer.abortTransaction();
        }
    }

    /** Runs a command in {@code dir}, fails on a non-zero exit or when it outlives {@code limit}; its stdout lines. */
    private static List<String> run(Path dir, Duration limit, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(String.join(" ", command) + " did not end within " + limit.toSeconds()
                + " s; stderr:\n" + Files.readString(err));
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + " exit code; stderr:\n" + Files.readString(err))
            .isZero();
        return Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
    }
}
