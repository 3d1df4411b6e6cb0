package io.wirefeed.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(InfrastructureExtension.class)
class InfrastructureExtensionIT {

    @Test
    void kafkaBrokerTakesAndServesRecordsWithTransactions(KafkaEndpoint kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("stack-smoke", 1, (short) 1))).all().get();
        }
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        producerProps.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "stack-smoke-tx");
        RecordMetadata written;
        try (KafkaProducer<String, String> producer =
                 new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            written = producer.send(new ProducerRecord<>("stack-smoke", "k", "hello")).get();
            producer.commitTransaction();
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "stack-smoke");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> consumer =
                 new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("stack-smoke"));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            for (int i = 0; i < 50 && records.isEmpty(); i++) {
                records = consumer.poll(Duration.ofMillis(200));
            }
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo("hello");
                assertThat(r.offset()).isEqualTo(written.offset());
            });
        }
        assertThat(kafka.bootstrapServers()).doesNotContain("0.0.0.0");
    }

    @Test
    void registryServesTheConfluentApi(RegistryEndpoint registry) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(registry.url() + "/subjects")).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(registry.url()).startsWith("http://127.0.0.1:").endsWith("/apis/ccompat/v7");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("[");
    }

    @Test
    void openSearchIndexesAndFindsWithTheEnglishAnalyzer(OpenSearchEndpoint opensearch) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(opensearch.url() + "/smoke"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"mappings\":{\"properties\":{\"body\":"
                + "{\"type\":\"text\",\"analyzer\":\"english\"}}}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(index.statusCode()).as(index.body()).isEqualTo(200);
        http.send(HttpRequest.newBuilder(URI.create(opensearch.url() + "/smoke/_doc/1?refresh=true"))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"body\":\"Security chiefs agreed on joint drills\"}")).build(),
            HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(opensearch.url() + "/smoke/_search"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"query\":{\"match\":{\"body\":\"agree drill\"}}}")).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(opensearch.url()).startsWith("http://127.0.0.1:");
        assertThat(found.body()).contains("\"total\":{\"value\":1");
    }

    @Test
    void postgresAnswersSql(PostgresEndpoint postgres) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                postgres.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_setting('server_version_num')::int")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isGreaterThanOrEqualTo(170000);
        }
        assertThat(postgres.toString()).doesNotContain("password=" + postgres.password() + "]");
    }

    @Test
    void aTestGetsADatabaseOfItsOwnOnTheSharedServer(PostgresEndpoint postgres) throws Exception {
        PostgresEndpoint own = postgres.database("own_database_test");

        assertThat(postgres.database("own_database_test")).as("asked again").isEqualTo(own);
        try (Connection connection = DriverManager.getConnection(own.jdbcUrl(), own.user(), own.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_database()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("own_database_test");
        }
        assertThatThrownBy(() -> postgres.database("x; DROP DATABASE postgres")).isInstanceOf(IllegalArgumentException.class);
    }
}
