package io.wirefeed.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.stack.ConnectRest;
import io.wirefeed.stack.Infrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of the two sink connectors in a real Connect worker: a topic is filled with enriched dispatches
 * first, then each connector is created alone and timed until its store holds every record (rows counted in
 * PostgreSQL, documents counted in OpenSearch after a refresh). One task each, Connect's default batch sizes.
 */
public final class SinkBenchmark {

    private static final String INDEX = "bench-dispatches";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Infrastructure servers;
    private final RunNames names;
    private final String topic;
    private final ConnectRest connect;
    private final PrintWriter progress;
    private final HttpClient http = HttpClient.newHttpClient();

    public SinkBenchmark(Infrastructure servers, RunNames names, ConnectRest connect, PrintWriter progress) {
        this.servers = servers;
        this.names = names;
        this.topic = names.of("sink-input");
        this.connect = connect;
        this.progress = progress;
    }

    /** Publishes the dispatches (one story each), then measures PostgreSQL, then OpenSearch. */
    public List<SinkThroughput> run(List<EnrichedDispatch> dispatches) throws Exception {
        publish(dispatches);
        int count = dispatches.size();
        Map<String, String> common = new HashMap<>(Map.of("topics", topic, "tasks.max", "1",
            "schema.registry.url", servers.registry().url()));

        Map<String, String> postgres = new HashMap<>(common);
        postgres.putAll(Map.of("connector.class", "io.wirefeed.sink.postgres.PostgresSinkConnector",
            "connection.url", servers.postgres().jdbcUrl(), "connection.user", servers.postgres().user(),
            "connection.password", servers.postgres().password()));
        SinkThroughput rows = measure("postgres", "rows", postgres, count, this::rows);

        Map<String, String> opensearch = new HashMap<>(common);
        opensearch.putAll(Map.of("connector.class", "io.wirefeed.sink.search.OpenSearchSinkConnector",
            "connection.url", servers.opensearch().url(), "index", INDEX));
        SinkThroughput documents = measure("opensearch", "documents", opensearch, count, this::documents);
        return List.of(rows, documents);
    }

    private void publish(List<EnrichedDispatch> dispatches) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        AvroSerializer<EnrichedDispatch> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", servers.registry().url()), false);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, "5"), new StringSerializer(), new ByteArraySerializer())) {
            for (EnrichedDispatch dispatch : dispatches) {
                producer.send(new ProducerRecord<>(topic, dispatch.getStory(), values.serialize(topic, dispatch)));
            }
        }
        progress.printf("Published %,d enriched dispatches to %s.%n", dispatches.size(), topic);
    }

    private SinkThroughput measure(String sink, String unit, Map<String, String> config, int expected,
                                   Counter counter) throws Exception {
        long started = System.nanoTime();
        connect.apply(names.of(sink), config);
        long deadline = started + TIMEOUT.toNanos();
        long written = 0;
        while (written < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(sink + ": only " + written + " of " + expected + " " + unit
                    + " after " + TIMEOUT.toMinutes() + " min; connector status: "
                    + connect.status(names.of(sink)));
            }
            Thread.sleep(100);
            written = counter.count();
            progress.printf("\r  %-10s %,7d / %,d %s", sink, written, expected, unit);
            progress.flush();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        progress.println();
        return new SinkThroughput(sink, unit, expected, took);
    }

    private long rows() throws SQLException {
        try (Connection connection = DriverManager.getConnection(servers.postgres().jdbcUrl(),
                servers.postgres().user(), servers.postgres().password());
             Statement statement = connection.createStatement()) {
            // The table appears when the connector's migrations have run.
            try (ResultSet exists = statement.executeQuery("SELECT to_regclass('dispatches') IS NOT NULL")) {
                if (!exists.next() || !exists.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM dispatches")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private long documents() throws IOException, InterruptedException {
        String base = servers.opensearch().url() + "/" + INDEX;
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            return 0;
        }
        HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(base + "/_count")).build(),
            HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(count.body()).path("count").asLong();
    }

    /** Reads how many records a store holds now. */
    @FunctionalInterface
    private interface Counter {
        long count() throws Exception;
    }
}
