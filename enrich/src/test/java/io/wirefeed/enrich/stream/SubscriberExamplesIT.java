package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.examples.subscriber.EnrichedSubscriber;
import io.wirefeed.kafka.TopicSetup;
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
 * The subscribers' Java example (examples/subscriber-java) against what the real enrichment service writes on the
 * shared broker and registry: a dispatch and its update, with a record of an aborted transaction between them that
 * a read_committed subscriber never sees.
 */
@ExtendWith(InfrastructureExtension.class)
class SubscriberExamplesIT {

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
}
