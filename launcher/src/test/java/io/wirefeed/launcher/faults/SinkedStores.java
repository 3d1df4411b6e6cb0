package io.wirefeed.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.PostgresEndpoint;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Both sink connectors in a real Connect worker, writing an enriched topic into a PostgreSQL database and an
 * OpenSearch index: what a fault test reads back to check that the stores hold exactly what the topic holds.
 */
public final class SinkedStores implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedConnect connect;
    private final PostgresEndpoint database;
    private final String searchUrl;
    private final String index;
    private final String deadLetters;
    private final String bootstrapServers;
    private final HttpClient http = HttpClient.newHttpClient();

    private SinkedStores(EmbeddedConnect connect, PostgresEndpoint database, String searchUrl, String index,
                         String deadLetters, String bootstrapServers) {
        this.connect = connect;
        this.database = database;
        this.searchUrl = searchUrl;
        this.index = index;
        this.deadLetters = deadLetters;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a worker and both connectors on {@code topic}, writing into a database of their own on the given
     * PostgreSQL server and an index of their own on the given OpenSearch.
     */
    public static SinkedStores start(String bootstrapServers, String registryUrl, String topic,
                                     PostgresEndpoint server, String searchUrl, Path dir) throws Exception {
        return start(bootstrapServers, registryUrl, topic, server, searchUrl, dir, Map.of());
    }

    /** As above, with further settings for both connectors. */
    static SinkedStores start(String bootstrapServers, String registryUrl, String topic, PostgresEndpoint server,
                              String searchUrl, Path dir, Map<String, String> settings) throws Exception {
        String own = UUID.randomUUID().toString().replace("-", "");
        PostgresEndpoint database = server.database("sinked_" + own);
        String index = "sinked-" + own;
        String deadLetters = "sinked-dead-letters-" + own;
        EmbeddedConnect connect = EmbeddedConnect.start(bootstrapServers, dir, LoopbackPort.free());
        try {
            Map<String, String> common = new HashMap<>(settings);
            common.putAll(Map.of("topics", topic, "tasks.max", "1", "schema.registry.url", registryUrl,
                "errors.tolerance", "all", "errors.deadletterqueue.topic.name", deadLetters,
                "errors.deadletterqueue.topic.replication.factor", "1"));
            Map<String, String> postgres = new HashMap<>(common);
            postgres.putAll(Map.of("connector.class", "io.wirefeed.sink.postgres.PostgresSinkConnector",
                "connection.url", database.jdbcUrl(), "connection.user", database.user(),
                "connection.password", database.password()));
            connect.rest().apply("fault-postgres", postgres);
            Map<String, String> opensearch = new HashMap<>(common);
            // Kills kept as marked documents, so that every dispatch id has one to compare.
            opensearch.putAll(Map.of("connector.class", "io.wirefeed.sink.search.OpenSearchSinkConnector",
                "connection.url", searchUrl, "index", index, "behavior.on.kill", "mark"));
            connect.rest().apply("fault-opensearch", opensearch);
        } catch (Exception | AssertionError e) {
            connect.close();
            throw e;
        }
        return new SinkedStores(connect, database, searchUrl, index, deadLetters, bootstrapServers);
    }

    /**
     * Waits until the stores have caught up with {@code enriched} (the committed contents of the topic), then
     * checks that PostgreSQL holds exactly one row per id and version, OpenSearch exactly one document per id at
     * its latest version, and that the connectors dead-lettered nothing.
     */
    void assertHoldExactly(List<EnrichedDispatch> enriched, Duration timeout) throws Exception {
        Set<String> expectedRows = new HashSet<>();
        Map<String, String> expectedDocuments = new LinkedHashMap<>();
        for (EnrichedDispatch record : enriched) {
            expectedRows.add(record.getId() + "@" + record.getVersion());
            expectedDocuments.merge(record.getId(), record.getId() + "@" + record.getVersion(),
                (held, offered) -> version(offered) > version(held) ? offered : held);
        }
        await("rows", () -> rows().size(), expectedRows.size(), timeout);
        await("documents", () -> documents().size(), expectedDocuments.size(), timeout);
        Thread.sleep(1_000);   // anything written twice or beyond the topic would show up by now
        assertThat(rows()).as("rows").containsExactlyInAnyOrderElementsOf(expectedRows);
        assertThat(documents()).as("documents").isEqualTo(expectedDocuments);
        assertThat(deadLettered()).as("dead-lettered by the connectors").isZero();
    }

    /** Waits until at least {@code atLeast} rows are written, riding out a database that is down meanwhile. */
    public void awaitRows(String what, int atLeast, Duration timeout) throws Exception {
        await(what, () -> rows().size(), atLeast, timeout);
    }

    private static void await(String what, Callable<Integer> count, int atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
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
        throw new AssertionError(what + ": " + now + " of " + atLeast + " after " + timeout.toSeconds() + " s");
    }

    private static int version(String idAtVersion) {
        return Integer.parseInt(idAtVersion.substring(idAtVersion.lastIndexOf('@') + 1));
    }

    /** "id@version" of every row. */
    public List<String> rows() throws SQLException {
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
    Map<String, String> documents() throws Exception {
        send(HttpRequest.newBuilder(URI.create(searchUrl + "/" + index + "/_refresh"))
            .POST(HttpRequest.BodyPublishers.noBody()));
        Map<String, String> documents = new HashMap<>();
        JsonNode page = send(HttpRequest.newBuilder(URI.create(searchUrl + "/" + index + "/_search?scroll=1m"))
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

    /** A column of the row of a dispatch id and version, as text; null when there is no such row. */
    public String column(String id, int version, String column) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password());
             PreparedStatement statement = connection.prepareStatement(
                 "SELECT " + column + "::text FROM dispatches WHERE id = ? AND version = ?")) {
            statement.setString(1, id);
            statement.setInt(2, version);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** The document of a dispatch id as OpenSearch returns it: {@code _version} and {@code _source}. */
    public JsonNode document(String id) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(searchUrl + "/" + index + "/_doc/"
            + URLEncoder.encode(id, StandardCharsets.UTF_8))).GET());
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("OpenSearch answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** How many records the connectors sent to their dead-letter topic. */
    public long deadLettered() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(deadLetters)) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            admin.describeTopics(List.of(deadLetters)).allTopicNames().get().get(deadLetters).partitions()
                .forEach(partition -> ends.put(new TopicPartition(deadLetters, partition.partition()),
                    OffsetSpec.latest()));
            return admin.listOffsets(ends).all().get().values().stream().mapToLong(info -> info.offset()).sum();
        }
    }

    @Override
    public void close() {
        connect.close();
    }
}
