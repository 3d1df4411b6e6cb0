package io.wirefeed.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.launcher.Wirefeed;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.TopicContents;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code wirefeed local --demo}, end to end: every server real and started by the
 * command itself; the shipped samples through ingest, enrichment and both sinks; the enriched and alerts topics,
 * the OpenSearch and SQL queries of docs/local-stack.md, the three {@code /metrics} endpoints scraped and parsed,
 * and every metric that an alert rule or a dashboard panel names found there; not one ERROR line logged by any
 * of the servers or services; then a clean stop.
 */
class LocalStackIT {

    private static final Pattern SAMPLE_LINE = Pattern.compile(
        "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*})? (-?[0-9.]+(E-?[0-9]+)?|NaN|\\+Inf|-Inf)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoRunsEndToEndAndEveryMonitoredMetricExists(@TempDir Path dir) throws Exception {
        Path endpointsFile = dir.resolve("endpoints.json");
        StringWriter output = new StringWriter();
        AtomicInteger exitCode = new AtomicInteger(-1);
        ErrorLog errors = ErrorLog.install();
        Thread stack = new Thread(() -> exitCode.set(Wirefeed.commandLine()
            .setOut(new PrintWriter(output, true))
            .execute("local", "--demo", "--data-dir", dir.resolve("data").toString(),
                "--endpoints-file", endpointsFile.toString())), "local-stack");
        stack.start();
        try {
            awaitOutput(output, "Press Ctrl-C to stop.", Duration.ofMinutes(5));
            assertThat(output.toString()).contains("Demo summary", "dispatches ingested    61", "enriched               61");

            JsonNode endpoints = JSON.readTree(Files.readString(endpointsFile));
            assertThat(endpoints.fieldNames()).toIterable()
                .contains("kafka", "schemaRegistry", "ingest", "opensearch", "postgres", "apiKey", "metrics");
            assertThat(endpoints.path("postgres").asText()).startsWith("jdbc:postgresql://").contains("user=", "password=");

            List<EnrichedDispatch> enriched = read(endpoints, "wirefeed.enriched", EnrichedDispatch.class, 61);
            Map<String, Long> verdicts = enriched.stream().collect(Collectors.groupingBy(
                dispatch -> dispatch.getDedupe().getVerdict().name(), Collectors.counting()));
            assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of("UNIQUE", 53L, "UPDATE", 2L,
                "DUPLICATE", 2L, "NEAR_DUPLICATE", 2L, "CORRECTION", 1L, "KILL", 1L));
            Map<String, EnrichedDispatch> byVersion = enriched.stream().collect(Collectors.toMap(
                dispatch -> dispatch.getId() + "@" + dispatch.getVersion(), dispatch -> dispatch, (a, b) -> a));
            List<Alert> alerts = read(endpoints, "wirefeed.alerts", Alert.class, 1);
            assertThat(alerts).isNotEmpty().allSatisfy(alert -> {
                EnrichedDispatch dispatch = byVersion.get(alert.getDispatchId() + "@" + alert.getDispatchVersion());
                assertThat(dispatch).as("the alert's dispatch was enriched").isNotNull();
                assertThat(dispatch.getTopics().stream().map(topic -> topic.getCode()).toList())
                    .containsAll(alert.getTopics());
            });

            assertSearch(endpoints);
            assertStorage(endpoints, enriched);
            assertConsole(endpoints, output.toString());
            assertMetrics(endpoints);
            assertThat(errors.lines()).as("ERROR lines logged by a fresh --demo start").isEmpty();
        } finally {
            errors.close();
            stack.interrupt();
            stack.join(Duration.ofMinutes(2).toMillis());
        }
        assertThat(stack.isAlive()).isFalse();
        assertThat(exitCode.get()).isZero();
        assertThat(output.toString()).contains("Stopped.");
    }

    private void assertSearch(JsonNode endpoints) throws Exception {
        String index = endpoints.path("opensearch").asText() + "/wirefeed-dispatches";
        JsonNode hits = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(index + "/_search"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"query\": {\"bool\": {\"must\": {\"match\": {\"body\": \"attack\"}},"
                    + "\"filter\": [{\"term\": {\"topicCodes\": \"medtop:20000053\"}}]}}}")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        assertThat(hits.at("/hits/total/value").asInt()).isPositive();
        assertThat(get(index + "/_doc/kabul-1").path("found").asBoolean()).as("a killed story").isFalse();
        assertThat(get(index + "/_doc/rail-1").at("/_source/version").asInt())
            .as("the correction (v3) is not replaced by v2 resent after it").isEqualTo(3);
    }

    /** The demo ends with the console's URL, and the console's feed holds the demo's dispatches. */
    private void assertConsole(JsonNode endpoints, String output) throws Exception {
        String console = endpoints.path("console").asText();
        assertThat(output).contains("See them in the console", console);
        String base = console.substring(0, console.indexOf('#'));
        JsonNode feed = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "api/feed?limit=500"))
            .header("Authorization", "Bearer " + endpoints.path("apiKey").asText()).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        Set<String> ids = new TreeSet<>();
        feed.path("dispatches").forEach(dispatch -> ids.add(dispatch.path("id").asText()));
        assertThat(ids).contains("rail-1", "kabul-1");
        assertThat(feed.path("dispatches").size()).isEqualTo(61);
    }

    private static void assertStorage(JsonNode endpoints, List<EnrichedDispatch> enriched) throws Exception {
        Set<String> versions = enriched.stream().map(dispatch -> dispatch.getId() + "@" + dispatch.getVersion())
            .collect(Collectors.toSet());
        try (Connection connection = DriverManager.getConnection(endpoints.path("postgres").asText());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT count(*) FROM dispatches")).isEqualTo(versions.size());
            assertThat(single(statement, "SELECT count(*) FROM dispatches WHERE id = 'kabul-1' AND NOT killed"))
                .isZero();
            assertThat(single(statement, "SELECT count(*) FROM current_dispatches "
                + "WHERE topics @> '[{\"code\": \"medtop:20000053\"}]' AND received_at > now() - interval '1 day'"))
                .isPositive();
        }
    }

    /** Every metric an alert rule or a dashboard panel names is in some service's real /metrics output. */
    private void assertMetrics(JsonNode endpoints) throws Exception {
        Set<String> wanted = DeployFiles.metricNames();
        Set<String> scraped = new TreeSet<>();
        // Micrometer's Kafka binders pick up new client metrics (RocksDB's among them) once a minute.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!scraped.containsAll(wanted) && System.nanoTime() < deadline) {
            scraped.clear();
            for (JsonNode url : endpoints.path("metrics")) {
                scraped.addAll(parsePrometheus(http.send(HttpRequest.newBuilder(URI.create(url.asText())).build(),
                    HttpResponse.BodyHandlers.ofString()).body()));
            }
            if (!scraped.containsAll(wanted)) {
                Thread.sleep(5_000);
            }
        }
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(scraped);
        assertThat(missing).as("metrics named by alerts or the dashboard but exposed by no service").isEmpty();
    }

    /** The metric names of a Prometheus text exposition; every sample line must be well formed. */
    private static Set<String> parsePrometheus(String exposition) {
        Set<String> names = new HashSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).matches(SAMPLE_LINE);
            names.add(line.split("[{ ]", 2)[0]);
        }
        assertThat(names).isNotEmpty();
        return names;
    }

    private static <T extends SpecificRecord> List<T> read(JsonNode endpoints, String topic, Class<T> type,
                                                           int atLeast) throws InterruptedException {
        return TopicContents.await(new KafkaEndpoint(endpoints.path("kafka").asText()),
                new RegistryEndpoint(endpoints.path("schemaRegistry").asText()), topic, type, atLeast,
                Duration.ofSeconds(30))
            .stream().map(ConsumerRecord::value).toList();
    }

    private JsonNode get(String url) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString()).body());
    }

    private static long single(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void awaitOutput(StringWriter output, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output.toString().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no \"" + text + "\" after " + timeout.toSeconds() + " s; output:\n"
                    + output);
            }
            Thread.sleep(500);
        }
    }
}
