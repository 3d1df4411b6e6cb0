package io.wirefeed.sink;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.MediaTopic;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The records the sink tests feed their Connect worker, and what the connectors dead-letter. */
public final class EnrichedRecords {

    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");

    private EnrichedRecords() {
    }

    /** Creates the topic if needed and publishes the dispatches, then one malformed record ("not avro"). */
    public static void publish(KafkaEndpoint kafka, RegistryEndpoint registry, String topic,
                               List<EnrichedDispatch> dispatches) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        AvroSerializer<EnrichedDispatch> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", registry.url()), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            for (EnrichedDispatch dispatch : dispatches) {
                producer.send(new ProducerRecord<>(topic, dispatch.getStory(), values.serialize(topic, dispatch))).get();
            }
            producer.send(new ProducerRecord<>(topic, "bad", "not avro".getBytes())).get();
        }
    }

    /** A counter-terrorism dispatch datelined Tashkent, at the given version and verdict. */
    public static EnrichedDispatch enriched(String id, int version, DedupeVerdict verdict) {
        Dispatch dispatch = SampleDispatches.dispatch(id, version);
        return EnrichedDispatch.newBuilder()
            .setId(id).setGuid(dispatch.getGuid()).setVersion(version).setAgency(dispatch.getAgency())
            .setFormat(dispatch.getFormat()).setReceivedAt(T0.plusSeconds(version)).setPubStatus(dispatch.getPubStatus())
            .setUrgency(dispatch.getUrgency()).setLanguage("en").setHeadline(dispatch.getHeadline())
            .setDateline(dispatch.getDateline()).setBody(dispatch.getBody()).setOriginal(dispatch.getOriginal())
            .setEntities(List.of(Entity.newBuilder().setType(EntityType.PLACE).setName("Tashkent")
                .setId("geonames:1512569").setCountry("UZ").setMentions(List.of()).build()))
            .setTopics(List.of(MediaTopic.newBuilder().setCode("medtop:20000053").setLabel("act of terror").setScore(0.9)
                .build()))
            .setDedupe(Dedupe.newBuilder().setVerdict(verdict).setOf(verdict == DedupeVerdict.UNIQUE ? null : id).build())
            .setStory(id).setEnrichedAt(T0.plusSeconds(10 + version))
            .build();
    }

    /** What the connector's dead-letter queue holds. */
    public static List<ConsumerRecord<byte[], byte[]>> deadLettered(KafkaEndpoint kafka, String topic) {
        return deadLettered(kafka, topic, 1);
    }

    /** What the connector's dead-letter queue holds, once it holds at least {@code count} records (or after 20 s). */
    public static List<ConsumerRecord<byte[], byte[]>> deadLettered(KafkaEndpoint kafka, String topic, int count) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
