package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.registry.CachedSchemaRegistryClient;
import io.wirefeed.registry.CountingRegistryClient;
import io.wirefeed.registry.RestSchemaRegistryClient;
import io.wirefeed.registry.SchemaFixtures;
import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The serdes between a real producer and consumer, through the real broker and Apicurio Registry. */
@ExtendWith(InfrastructureExtension.class)
class SerdeThroughKafkaIT {

    private final KafkaEndpoint kafka;
    private final RegistryEndpoint registry;
    private final Map<String, Object> serdeConfig;

    SerdeThroughKafkaIT(KafkaEndpoint kafka, RegistryEndpoint registry) {
        this.kafka = kafka;
        this.registry = registry;
        this.serdeConfig = Map.of(SchemaRegistryClientConfig.URL_CONFIG, registry.url());
    }

    @Test
    void specificRecordsRoundTripConfiguredTheWayKafkaClientsAre() throws Exception {
        String topic = topic();
        List<Dispatch> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(SampleDispatches.dispatch("story-" + i, 1 + i % 3));
        }
        Map<String, Object> producerConfig = producerConfig();
        producerConfig.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, AvroSerializer.class);
        try (KafkaProducer<String, Dispatch> producer = new KafkaProducer<>(producerConfig)) {
            for (Dispatch dispatch : sent) {
                producer.send(new ProducerRecord<>(topic, dispatch.getId(), dispatch)).get();
            }
        }
        Map<String, Object> consumerConfig = consumerConfig();
        consumerConfig.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroDeserializer.class);
        consumerConfig.put(AvroSerdeConfig.SPECIFIC_AVRO_READER_CONFIG, true);

        List<Object> received = new ArrayList<>();
        consume(topic, consumerConfig, 20).forEach(r -> received.add(r.value()));

        assertThat(received).containsExactlyElementsOf(sent);
    }

    @Test
    void genericRecordsRoundTrip() throws Exception {
        String topic = topic();
        GenericRecord record = new GenericData.Record(SchemaFixtures.PROBE_V2);
        record.put("name", "generic");
        record.put("count", 3);
        try (GenericAvroSerde serde = new GenericAvroSerde()) {
            serde.configure(serdeConfig, false);
            try (KafkaProducer<String, GenericRecord> producer = new KafkaProducer<>(producerConfig(),
                    new StringSerializer(), serde.serializer())) {
                producer.send(new ProducerRecord<>(topic, "k", record)).get();
            }
            List<ConsumerRecord<String, GenericRecord>> read = consume(topic, consumerConfig(), 1,
                serde.deserializer());
            assertThat(read).singleElement().satisfies(r -> {
                assertThat(r.value().getSchema()).isEqualTo(SchemaFixtures.PROBE_V2);
                assertThat(r.value().get("name")).hasToString("generic");
                assertThat(r.value().get("count")).isEqualTo(3);
            });
        }
    }

    @Test
    void bytesOnTheTopicAreConfluentWireFormatWithTheRegistrysId() throws Exception {
        String topic = topic();
        Dispatch dispatch = SampleDispatches.dispatch("wire", 1);
        try (SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(null, Dispatch.class)) {
            serde.configure(serdeConfig, false);
            try (KafkaProducer<String, Dispatch> producer = new KafkaProducer<>(producerConfig(),
                    new StringSerializer(), serde.serializer())) {
                producer.send(new ProducerRecord<>(topic, "wire", dispatch)).get();
            }
        }
        byte[] bytes = consume(topic, consumerConfig(), 1, new ByteArrayDeserializer()).get(0).value();

        assertThat(bytes[0]).isZero();
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        HttpResponse<String> byId = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(registry.url() + "/schemas/ids/" + id)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(byId.statusCode()).isEqualTo(200);
        Schema registered = new Schema.Parser().parse(new ObjectMapper().readTree(byId.body()).get("schema").asText());
        assertThat(registered).isEqualTo(Dispatch.getClassSchema());
        HttpResponse<String> latest = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(registry.url() + "/subjects/" + topic + "-value/versions/latest"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(new ObjectMapper().readTree(latest.body()).get("id").asInt()).isEqualTo(id);
    }

    @Test
    void aThousandRecordsCostOneRegistryCallEachWay() throws Exception {
        String topic = topic();
        CountingRegistryClient producerSide = new CountingRegistryClient(RestSchemaRegistryClient.of(
            new SchemaRegistryClientConfig(serdeConfig)));
        CountingRegistryClient consumerSide = new CountingRegistryClient(RestSchemaRegistryClient.of(
            new SchemaRegistryClientConfig(serdeConfig)));
        AvroSerializer<Dispatch> serializer = new AvroSerializer<>(
            new CachedSchemaRegistryClient(producerSide.client(), 100, -1));
        serializer.configure(Map.of(), false);
        try (KafkaProducer<String, Dispatch> producer = new KafkaProducer<>(producerConfig(),
                new StringSerializer(), serializer)) {
            for (int i = 0; i < 1_000; i++) {
                producer.send(new ProducerRecord<>(topic, "k" + i, SampleDispatches.dispatch("k" + i, 1)));
            }
            producer.flush();
        }
        AvroDeserializer<Dispatch> deserializer = AvroDeserializer.specific(
            new CachedSchemaRegistryClient(consumerSide.client(), 100, -1), Dispatch.class);
        deserializer.configure(Map.of(), false);

        List<ConsumerRecord<String, Dispatch>> read = consume(topic, consumerConfig(), 1_000, deserializer);

        assertThat(read).hasSize(1_000);
        assertThat(read.get(999).value().getId()).isEqualTo("k999");
        assertThat(producerSide.calls()).isEqualTo(1);
        assertThat(consumerSide.calls()).isEqualTo(1);
    }

    private String topic() throws Exception {
        String topic = "serde-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> config = new HashMap<>(serdeConfig);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(serdeConfig);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "serde-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private static List<ConsumerRecord<String, Object>> consume(String topic, Map<String, Object> config, int count) {
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config)) {
            return poll(consumer, topic, count);
        }
    }

    private static <V> List<ConsumerRecord<String, V>> consume(String topic, Map<String, Object> config, int count,
                                                              Deserializer<V> values) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            return poll(consumer, topic, count);
        }
    }

    private static <V> List<ConsumerRecord<String, V>> poll(KafkaConsumer<String, V> consumer, String topic,
                                                           int count) {
        consumer.subscribe(List.of(topic));
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return records;
    }
}
