package io.wirefeed.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Entity;
import io.wirefeed.schema.EntityType;
import io.wirefeed.schema.SampleDispatches;
import io.wirefeed.schema.Topic;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL sink in a real Kafka Connect worker, against the real broker, registry and PostgreSQL:
 * versions out of order, a kill, a redelivery and a malformed record.
 */
@ExtendWith(InfrastructureExtension.class)
class PostgresSinkConnectorTest {

    private static final Instant T0 = Instant.parse("2026-07-07T08:00:00Z");

    @Test
    void writesEveryVersionOnceAppliesKillsAndDeadLettersWhatItCannotRead(KafkaEndpoint kafka,
            RegistryEndpoint registry, PostgresEndpoint postgres, @TempDir Path dir) throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        String deadLetters = "sink-dlq-" + UUID.randomUUID();
        String database = "sink_" + UUID.randomUUID().toString().replace("-", "");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String jdbcUrl = postgres.jdbcUrl().replaceAll("/[^/?]+(\\?.*)?$", "/" + database);
        AvroSerializer<EnrichedDispatch> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", registry.url()), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            for (EnrichedDispatch dispatch : List.of(
                    enriched("a", 2, DedupeVerdict.UPDATE), enriched("a", 1, DedupeVerdict.UNIQUE),
                    enriched("b", 1, DedupeVerdict.UNIQUE), enriched("b", 1, DedupeVerdict.UNIQUE),
                    enriched("c", 1, DedupeVerdict.UNIQUE), enriched("c", 2, DedupeVerdict.KILL))) {
                producer.send(new ProducerRecord<>(topic, dispatch.getStory(), values.serialize(topic, dispatch))).get();
            }
            producer.send(new ProducerRecord<>(topic, "bad", "not avro".getBytes())).get();
        }

        Connect<?> connect = new ConnectStandalone().startConnect(workerConfig(kafka, dir));
        try {
            assertThat(validate(connect, Map.of("connector.class", PostgresSinkConnector.class.getName(),
                "topics", topic))).contains("\"error_count\":").contains("Missing required configuration "
                + "\\\"connection.url\\\"");
            createConnector(connect, topic, deadLetters, registry, jdbcUrl, postgres);
            awaitRows(jdbcUrl, postgres, 5);

            try (Connection connection = DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
                 Statement statement = connection.createStatement()) {
                assertThat(rows(statement, "SELECT id || '@' || version || ':' || killed FROM dispatches ORDER BY 1"))
                    .containsExactly("a@1:false", "a@2:false", "b@1:false", "c@1:true", "c@2:true");
                assertThat(rows(statement, "SELECT id || '@' || version FROM current_dispatches ORDER BY 1"))
                    .containsExactly("a@2", "b@1");
                assertThat(rows(statement, "SELECT DISTINCT d.id FROM dispatches d WHERE d.entities @> "
                    + "'[{\"id\": \"geonames:1512569\"}]' AND d.topics @> '[{\"code\": \"medtop:20000053\"}]' "
                    + "AND d.received_at BETWEEN '2026-07-07' AND '2026-07-08' ORDER BY 1"))
                    .containsExactly("a", "b", "c");
            }
            assertThat(deadLettered(kafka, deadLetters)).singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo("not avro".getBytes()));
        } finally {
            connect.stop();
        }
    }

    private static EnrichedDispatch enriched(String id, int version, DedupeVerdict verdict) {
        var dispatch = SampleDispatches.dispatch(id, version);
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

    private static Map<String, String> workerConfig(KafkaEndpoint kafka, Path dir) {
        Map<String, String> worker = new HashMap<>();
        worker.put("bootstrap.servers", kafka.bootstrapServers());
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        worker.put("offset.storage.file.filename", dir.resolve("offsets").toString());
        worker.put("offset.flush.interval.ms", "500");
        worker.put("plugin.discovery", "service_load");
        worker.put("listeners", "http://127.0.0.1:0");
        return worker;
    }

    private static void createConnector(Connect<?> connect, String topic, String deadLetters, RegistryEndpoint registry,
                                        String jdbcUrl, PostgresEndpoint postgres) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", PostgresSinkConnector.class.getName());
        config.put("tasks.max", "1");
        config.put("topics", topic);
        config.put("connection.url", jdbcUrl);
        config.put("connection.user", postgres.user());
        config.put("connection.password", postgres.password());
        config.put("schema.registry.url", registry.url());
        config.put("errors.tolerance", "all");
        config.put("errors.deadletterqueue.topic.name", deadLetters);
        config.put("errors.deadletterqueue.topic.replication.factor", "1");
        config.put("errors.deadletterqueue.context.headers.enable", "true");
        String body = new ObjectMapper().writeValueAsString(Map.of("name", "postgres-sink", "config", config));
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                connect.rest().advertisedUrl().resolve("/connectors"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Connect's validation of a configuration, as its REST API answers it to an operator. */
    private static String validate(Connect<?> connect, Map<String, String> config) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(connect.rest()
                .advertisedUrl().resolve("/connector-plugins/PostgresSinkConnector/config/validate"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(config))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static void awaitRows(String jdbcUrl, PostgresEndpoint postgres, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, postgres.user(), postgres.password());
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT count(*) FROM dispatches")) {
                if (result.next() && result.getInt(1) >= count) {
                    Thread.sleep(1_000);   // let the rest of the batch (kills) land
                    return;
                }
            } catch (SQLException notYetMigrated) {
                // the table appears when the task starts
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + count + " rows after 60 s");
    }

    private static List<String> rows(Statement statement, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLettered(KafkaEndpoint kafka, String topic) {
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
