package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.enrich.Enricher;
import io.wirefeed.launcher.bench.PipelineBenchmark;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.stack.ConnectRest;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.OpenSearchServer;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.PostgresServer;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sinks through their stores' failures, in a real Connect worker: OpenSearch stopped for 60 s and
 * PostgreSQL restarted while 20,000 enriched dispatches (resends, updates, kills, near copies) flow. Afterwards
 * PostgreSQL holds exactly one row per dispatch id and version, OpenSearch exactly one document per dispatch id at
 * its latest version, and nothing went to the connectors' dead-letter topic.
 */
@ExtendWith(InfrastructureExtension.class)
class SinkOutageFaultTest {

    private static final int DISPATCHES = 20_000;
    private static final String TOPIC = "sink-outage.enriched";
    private static final String DEAD_LETTERS = "sink-outage.dead-letters";
    private static final String INDEX = "sink-outage";
    private static final Duration OPENSEARCH_DOWN = Duration.ofSeconds(60);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void openSearchDownAMinuteAndPostgresRestartedLoseAndDoubleNothing(KafkaEndpoint kafka, RegistryEndpoint registry,
            @TempDir Path dir) throws Exception {
        Enricher enricher = PipelineBenchmark.offlineEnricher();
        List<EnrichedDispatch> records = PipelineRecords.traffic(41, DISPATCHES).stream().map(enricher::enrich).toList();
        int searchPort = LoopbackPort.free();
        int postgresPort = LoopbackPort.free();
        OpenSearchServer search = OpenSearchServer.start(dir.resolve("opensearch"), searchPort);
        // Not "clean": a clean server deletes its data directory when it stops, and this one must survive a restart.
        PostgresServer postgres = PostgresServer.start(dir.resolve("postgres"), false, postgresPort);
        String searchUrl = search.endpoint().url();
        PostgresEndpoint database = postgres.endpoint();
        try (EmbeddedConnect connect = EmbeddedConnect.start(kafka.bootstrapServers(), dir.resolve("connect"),
                LoopbackPort.free())) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
            }
            startConnectors(connect.rest(), registry, searchUrl, database);
            int third = DISPATCHES / 3;
            publish(kafka, registry, records.subList(0, third));
            await("rows before the faults", () -> rows(database).size(), third / 2);

            search.close();
            long stoppedAt = System.nanoTime();
            publish(kafka, registry, records.subList(third, 2 * third));
            postgres.close();
            Thread.sleep(5_000);
            postgres = PostgresServer.start(dir.resolve("postgres"), false, postgresPort);
            await("rows after the PostgreSQL restart", () -> rows(database).size(), third + third / 2);
            Thread.sleep(Math.max(0, OPENSEARCH_DOWN.toMillis() - Duration.ofNanos(System.nanoTime() - stoppedAt)
                .toMillis()));
            search = OpenSearchServer.start(dir.resolve("opensearch"), searchPort);
            publish(kafka, registry, records.subList(2 * third, DISPATCHES));

            Set<String> expectedRows = new HashSet<>();
            Map<String, String> expectedDocuments = new LinkedHashMap<>();
            for (EnrichedDispatch record : records) {
                expectedRows.add(record.getId() + "@" + record.getVersion());
                expectedDocuments.merge(record.getId(), record.getId() + "@" + record.getVersion(),
                    (held, offered) -> version(offered) > version(held) ? offered : held);
            }
            await("rows", () -> rows(database).size(), expectedRows.size());
            await("documents", () -> documents(searchUrl).size(), expectedDocuments.size());
            assertThat(rows(database)).as("rows").containsExactlyInAnyOrderElementsOf(expectedRows);
            assertThat(documents(searchUrl)).as("documents").isEqualTo(expectedDocuments);
            assertThat(deadLettered(kafka)).as("dead-lettered by the connectors").isZero();
        } finally {
            search.close();
            postgres.close();
        }
    }

    private static void startConnectors(ConnectRest connect, RegistryEndpoint registry, String searchUrl,
                                        PostgresEndpoint database) throws Exception {
        Map<String, String> common = Map.of("topics", TOPIC, "tasks.max", "1", "schema.registry.url", registry.url(),
            "errors.tolerance", "all", "errors.deadletterqueue.topic.name", DEAD_LETTERS,
            "errors.deadletterqueue.topic.replication.factor", "1");
        Map<String, String> postgres = new HashMap<>(common);
        postgres.putAll(Map.of("connector.class", "io.wirefeed.sink.postgres.PostgresSinkConnector",
            "connection.url", database.jdbcUrl(), "connection.user", database.user(),
            "connection.password", database.password()));
        connect.apply("fault-postgres", postgres);
        Map<String, String> opensearch = new HashMap<>(common);
        // Kills kept as marked documents, so that every dispatch id has one to compare.
        opensearch.putAll(Map.of("connector.class", "io.wirefeed.sink.search.OpenSearchSinkConnector",
            "connection.url", searchUrl, "index", INDEX, "behavior.on.kill", "mark"));
        connect.apply("fault-opensearch", opensearch);
    }

    /** Keyed by story, as the enrichment publishes them. */
    private static void publish(KafkaEndpoint kafka, RegistryEndpoint registry, List<EnrichedDispatch> records) {
        PipelineRecords.publish(kafka.bootstrapServers(), registry.url(), TOPIC, records, EnrichedDispatch::getStory);
    }

    private static int version(String idAtVersion) {
        return Integer.parseInt(idAtVersion.substring(idAtVersion.lastIndexOf('@') + 1));
    }

    private static void await(String what, Callable<Integer> count, int atLeast) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int now = 0;
        while (System.nanoTime() < deadline) {
            try {
                now = count.call();
            } catch (Exception storeDown) {
                now = -1;
            }
            if (now >= atLeast) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(what + ": " + now + " of " + atLeast + " after " + TIMEOUT.toMinutes() + " min");
    }

    /** "id@version" of every row. */
    private static List<String> rows(PostgresEndpoint database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('dispatches') IS NOT NULL")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return List.of();
                }
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet all = statement.executeQuery("SELECT id, version FROM dispatches")) {
                while (all.next()) {
                    rows.add(all.getString(1) + "@" + all.getInt(2));
                }
            }
            return rows;
        }
    }

    /** Document id to "id@version" of every document, read with a scroll. */
    private Map<String, String> documents(String searchUrl) throws Exception {
        send(HttpRequest.newBuilder(URI.create(searchUrl + "/" + INDEX + "/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody()));
        Map<String, String> documents = new HashMap<>();
        JsonNode page = send(HttpRequest.newBuilder(URI.create(searchUrl + "/" + INDEX + "/_search?scroll=1m"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"size\": 5000, \"_source\": [\"id\", \"version\"]}")));
        while (page.path("hits").path("hits").size() > 0) {
            for (JsonNode hit : page.path("hits").path("hits")) {
                String before = documents.put(hit.path("_id").asText(),
                    hit.path("_source").path("id").asText() + "@" + hit.path("_source").path("version").asInt());
                assertThat(before).as("document " + hit.path("_id").asText() + " twice").isNull();
            }
            page = send(HttpRequest.newBuilder(URI.create(searchUrl + "/_search/scroll"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("scroll", "1m",
                    "scroll_id", page.path("_scroll_id").asText())))));
        }
        return documents;
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("OpenSearch answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static long deadLettered(KafkaEndpoint kafka) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get().contains(DEAD_LETTERS)) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(List.of(DEAD_LETTERS)).allTopicNames().get().get(DEAD_LETTERS).partitions()
                .forEach(partition -> ends.put(new TopicPartition(DEAD_LETTERS, partition.partition()),
                    OffsetSpec.latest()));
            return admin.listOffsets(ends).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }
}
