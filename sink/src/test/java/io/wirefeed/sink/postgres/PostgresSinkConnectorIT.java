package io.wirefeed.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.sink.EnrichedRecords;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.PostgresServer;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL sink in a real Kafka Connect worker, against the real broker, registry and PostgreSQL:
 * versions out of order, a kill, a redelivery and a malformed record.
 */
@ExtendWith(InfrastructureExtension.class)
class PostgresSinkConnectorIT {

    @Test
    void writesEveryVersionOnceAppliesKillsAndDeadLettersWhatItCannotRead(KafkaEndpoint kafka,
            RegistryEndpoint registry, PostgresEndpoint postgres, @TempDir Path dir) throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        String deadLetters = "sink-dlq-" + UUID.randomUUID();
        PostgresEndpoint database = postgres.database("sink_" + UUID.randomUUID().toString().replace("-", ""));
        String jdbcUrl = database.jdbcUrl();
        EnrichedRecords.publish(kafka, registry, topic, List.of(
            EnrichedRecords.enriched("a", 2, DedupeVerdict.UPDATE), EnrichedRecords.enriched("a", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("b", 1, DedupeVerdict.UNIQUE), EnrichedRecords.enriched("b", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("c", 1, DedupeVerdict.UNIQUE), EnrichedRecords.enriched("c", 2, DedupeVerdict.KILL)));

        try (EmbeddedConnect worker = EmbeddedConnect.start(kafka.bootstrapServers(), dir, 0)) {
            assertThat(worker.rest().validate("PostgresSinkConnector", Map.of("connector.class",
                PostgresSinkConnector.class.getName(), "topics", topic)).toString())
                .contains("\"error_count\":").contains("Missing required configuration \\\"connection.url\\\"");
            worker.rest().apply("postgres-sink", Map.of(
                "connector.class", PostgresSinkConnector.class.getName(),
                "tasks.max", "1",
                "topics", topic,
                "connection.url", jdbcUrl,
                "connection.user", postgres.user(),
                "connection.password", postgres.password(),
                "schema.registry.url", registry.url(),
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", deadLetters,
                "errors.deadletterqueue.topic.replication.factor", "1"));
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
            assertThat(EnrichedRecords.deadLettered(kafka, deadLetters)).singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo("not avro".getBytes()));
        }
    }

    /**
     * A NUL in the text (PostgreSQL text cannot hold one), an id longer than the bound and a time PostgreSQL
     * cannot store, in one batch with good records: the NULs are stripped, the other two go to the dead-letter
     * queue, and the task writes the rest and keeps running.
     */
    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAndTheRecordsAfterItArrive(KafkaEndpoint kafka,
            RegistryEndpoint registry, PostgresEndpoint postgres, @TempDir Path dir) throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        String deadLetters = "refused-dlq-" + UUID.randomUUID();
        PostgresEndpoint database = postgres.database("refused_" + UUID.randomUUID().toString().replace("-", ""));
        EnrichedDispatch withNul = EnrichedRecords.enriched("nul", 1, DedupeVerdict.UNIQUE);
        withNul.setHeadline("Blast\u0000 in Tashkent");
        withNul.setBody("Body with a NUL\u0000 inside");
        withNul.getEntities().get(0).setName("Tash\u0000kent");
        EnrichedDispatch tooLate = EnrichedRecords.enriched("too-late", 1, DedupeVerdict.UNIQUE);
        tooLate.setReceivedAt(java.time.Instant.parse("+300000-01-01T00:00:00Z"));
        EnrichedRecords.publish(kafka, registry, topic, List.of(
            EnrichedRecords.enriched("before", 1, DedupeVerdict.UNIQUE), withNul,
            EnrichedRecords.enriched("x".repeat(4_000), 1, DedupeVerdict.UNIQUE), tooLate,
            EnrichedRecords.enriched("after", 1, DedupeVerdict.UNIQUE)));

        try (EmbeddedConnect worker = EmbeddedConnect.start(kafka.bootstrapServers(), dir, 0)) {
            worker.rest().apply("postgres-refused", Map.of(
                "connector.class", PostgresSinkConnector.class.getName(),
                "tasks.max", "1",
                "topics", topic,
                "connection.url", database.jdbcUrl(),
                "connection.user", postgres.user(),
                "connection.password", postgres.password(),
                "schema.registry.url", registry.url(),
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", deadLetters,
                "errors.deadletterqueue.topic.replication.factor", "1"));
            awaitRows(database.jdbcUrl(), postgres, 3);
            EnrichedRecords.publish(kafka, registry, topic,
                List.of(EnrichedRecords.enriched("later", 1, DedupeVerdict.UNIQUE)));
            awaitRows(database.jdbcUrl(), postgres, 4);

            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), postgres.user(),
                    postgres.password());
                 Statement statement = connection.createStatement()) {
                assertThat(rows(statement, "SELECT id FROM dispatches ORDER BY 1"))
                    .containsExactly("after", "before", "later", "nul");
                assertThat(rows(statement, "SELECT headline || '|' || body || '|' || (entities->0->>'name') "
                    + "FROM dispatches WHERE id = 'nul'"))
                    .containsExactly("Blast in Tashkent|Body with a NUL inside|Tashkent");
            }
            assertThat(worker.rest().status("postgres-refused").toString()).contains("RUNNING").doesNotContain("FAILED");
            // the two refused dispatches and the two unreadable records ("not avro", one per publish)
            assertThat(EnrichedRecords.deadLettered(kafka, deadLetters, 4)).hasSize(4);
        }
    }

    /** Everything delivered again after an offset rewind, then PostgreSQL restarted: one row per version, nothing lost. */
    @Test
    void aRewindAndADatabaseRestartLeaveOneRowPerVersion(KafkaEndpoint kafka, RegistryEndpoint registry,
                                                          @TempDir Path dir) throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        int port = LoopbackPort.free();
        PostgresServer server = PostgresServer.start(dir.resolve("pg"), false, port);
        PostgresEndpoint postgres = server.endpoint();
        EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("x", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("x", 2, DedupeVerdict.UPDATE), EnrichedRecords.enriched("y", 1, DedupeVerdict.UNIQUE)));
        try (EmbeddedConnect worker = EmbeddedConnect.start(kafka.bootstrapServers(), dir, 0)) {
            worker.rest().apply("postgres-restart", Map.of(
                "connector.class", PostgresSinkConnector.class.getName(),
                "topics", topic,
                "connection.url", postgres.jdbcUrl(),
                "connection.user", postgres.user(),
                "connection.password", postgres.password(),
                "schema.registry.url", registry.url(),
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", "restart-dlq-" + UUID.randomUUID(),
                "errors.deadletterqueue.topic.replication.factor", "1"));
            awaitRows(postgres.jdbcUrl(), postgres, 3);

            worker.rest().rewind("postgres-restart");
            EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("z", 1, DedupeVerdict.UNIQUE)));
            awaitRows(postgres.jdbcUrl(), postgres, 4);

            server.close();
            EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("w", 1, DedupeVerdict.UNIQUE),
                EnrichedRecords.enriched("x", 3, DedupeVerdict.UPDATE)));
            Thread.sleep(3_000);
            server = PostgresServer.start(dir.resolve("pg"), false, port);
            awaitRows(postgres.jdbcUrl(), postgres, 6);

            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(),
                    postgres.password());
                 Statement statement = connection.createStatement()) {
                assertThat(rows(statement, "SELECT id || '@' || version FROM dispatches ORDER BY 1"))
                    .containsExactly("w@1", "x@1", "x@2", "x@3", "y@1", "z@1");
            }
        } finally {
            server.close();
        }
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
}
