package io.wirefeed.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Topic;
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
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;

/**
 * A real Kafka Connect worker (standalone, in this JVM, connectors found by service loading) for the sink
 * tests, and the records they feed it.
 */
public final class ConnectWorker implements AutoCloseable {

    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");

    private final Connect<?> connect;

    private ConnectWorker(Connect<?> connect) {
        this.connect = connect;
    }

    public static ConnectWorker start(KafkaEndpoint kafka, Path dir) {
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", kafka.bootstrapServers());
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        worker.put("offset.storage.file.filename", dir.resolve("offsets").toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("plugin.discovery", "service_load");
        worker.put("listeners", "http://127.0.0.1:0");
        return new ConnectWorker(new ConnectStandalone().startConnect(worker));
    }

    /** Creates a connector through the REST API, as an operator would. */
    public void create(String name, Map<String, String> config) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("name", name, "config", config));
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                connect.rest().advertisedUrl().resolve("/connectors"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Stops the connector, deletes its offsets and resumes it: everything on its topics is delivered again. */
    public void rewind(String name) throws Exception {
        for (HttpRequest request : List.of(
                request("/connectors/" + name + "/stop").PUT(HttpRequest.BodyPublishers.noBody()).build(),
                request("/connectors/" + name + "/offsets").DELETE().build(),
                request("/connectors/" + name + "/resume").PUT(HttpRequest.BodyPublishers.noBody()).build())) {
            HttpResponse<String> answer = send(request);
            for (int i = 0; i < 50 && answer.statusCode() >= 400; i++) {
                Thread.sleep(200);   // the connector takes a moment to reach STOPPED
                answer = send(request);
            }
            assertThat(answer.statusCode()).as(request.uri() + ": " + answer.body()).isLessThan(300);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(connect.rest().advertisedUrl().resolve(path));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Connect's validation of a configuration, as its REST API answers it. */
    public String validate(String plugin, Map<String, String> config) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(connect.rest()
                .advertisedUrl().resolve("/connector-plugins/" + plugin + "/config/validate"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(config))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Override
    public void close() {
        connect.stop();
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
            .setTopics(List.of(Topic.newBuilder().setCode("medtop:20000053").setLabel("act of terror").setScore(0.9)
                .build()))
            .setDedupe(Dedupe.newBuilder().setVerdict(verdict).setOf(verdict == DedupeVerdict.UNIQUE ? null : id).build())
            .setStory(id).setEnrichedAt(T0.plusSeconds(10 + version))
            .build();
    }

    /** What the connector's dead-letter queue holds. */
    public static List<ConsumerRecord<byte[], byte[]>> deadLettered(KafkaEndpoint kafka, String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
