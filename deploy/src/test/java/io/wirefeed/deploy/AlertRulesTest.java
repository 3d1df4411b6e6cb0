package io.wirefeed.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

/**
 * What the alert rules watch is what the code serves, and every rule has a unit test that makes it fire and one
 * that keeps it silent ({@code alerts.test.yml}, run by promtool in {@code AlertRulesPromtoolIT}). A renamed meter
 * breaks this test, not the night an alert should have fired.
 */
class AlertRulesTest {

    /** A Micrometer meter built under a literal name in the services' sources, and its type. */
    private static final Pattern METER = Pattern.compile("\\b(Counter|FunctionCounter|Gauge|TimeGauge|Timer|FunctionTimer"
        + "|DistributionSummary)\\s*\\.\\s*builder\\(\\s*\"([^\"]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without",
        "on", "ignoring", "group_left", "group_right", "inf", "nan");
    /** The series Prometheus writes itself for every target it scrapes. */
    private static final Set<String> PROMETHEUS_SERIES = Set.of("up", "scrape_duration_seconds",
        "scrape_samples_scraped", "scrape_samples_post_metric_relabeling", "scrape_series_added");
    /** The modules whose code runs in a cluster: the image (module service) and the Connect plugin (sink). */
    private static final List<String> SERVICE_MODULES = List.of("ingest", "enrich", "edge", "service", "sink");

    @Test
    void everyMetricAnAlertUsesIsServedByTheCodeOrConnectsJmxRules() {
        Set<String> served = new TreeSet<>(PROMETHEUS_SERIES);
        served.addAll(wirefeedMeters());
        served.addAll(jmxExporterNames());
        served.addAll(kafkaClientMeters());
        Map<String, Set<String>> missing = new TreeMap<>();
        alerts().forEach((alert, expression) -> {
            Set<String> used = metricsIn(expression);
            assertThat(used).as("%s names no metric: %s", alert, expression).isNotEmpty();
            used.removeAll(served);
            if (!used.isEmpty()) {
                missing.put(alert, used);
            }
        });
        assertThat(missing).as("metrics alert rules use that no meter of the code and no JMX exporter rule serves "
            + "(served: %s)", served).isEmpty();
    }

    /** The scan itself: it finds the meters it must, so that an empty scan cannot pass the test above. */
    @Test
    void theSourceScanFindsTheServicesMeters() {
        assertThat(wirefeedMeters()).contains("wirefeed_ingest_rejected_total", "wirefeed_dead_letters_total",
            "wirefeed_enrich_running", "wirefeed_enrich_latency_seconds_bucket", "wirefeed_console_feed_clients");
        // The sink side is Connect's own metrics through the exporter rules; launcher's ConnectorTaskMetrics, which
        // serves the same names for the local stack, runs in no image and does not count here.
        assertThat(wirefeedMeters()).noneMatch(name -> name.startsWith("wirefeed_connect_"));
        assertThat(jmxExporterNames()).contains("wirefeed_connect_tasks", "wirefeed_connect_records_written_total",
            "wirefeed_connect_record_failures_total", "wirefeed_connect_dead_letters_total");
        assertThat(kafkaClientMeters()).contains("kafka_consumer_fetch_manager_records_lag_max");
        assertThat(metricsIn("max by (job) (deriv(kafka_x{job=~\".*a\", c=\"b\"}[10m])) > 1e3 and on (i) "
            + "label_replace(up, \"connector\", \"$1\", \"client_id\", \"(.+)\") or absent(y_total offset 5m) == bool 0"))
            .containsExactlyInAnyOrder("kafka_x", "up", "y_total");
    }

    /** Every alert of alerts.yml has, in alerts.test.yml, a case where it fires and one where it stays silent. */
    @Test
    void everyAlertHasAFiringAndASilentUnitTest() {
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        JsonNode tests = DeployFiles.yaml("prometheus/alerts.test.yml").get(0);
        assertThat(tests.path("rule_files").get(0).asText()).isEqualTo("alerts.yml");
        for (JsonNode test : tests.path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                (check.path("exp_alerts").isEmpty() ? silent : firing).add(check.path("alertname").asText());
            }
        }
        assertThat(firing).as("alerts made to fire").isEqualTo(alerts().keySet());
        assertThat(silent).as("alerts kept silent").isEqualTo(alerts().keySet());
    }

    /** Each alert of alerts.yml and its expression. */
    private static Map<String, String> alerts() {
        Map<String, String> alerts = new TreeMap<>();
        for (JsonNode group : DeployFiles.yaml("prometheus/alerts.yml").get(0).path("groups")) {
            group.path("rules").forEach(rule -> alerts.put(rule.path("alert").asText(), rule.path("expr").asText()));
        }
        return alerts;
    }

    /**
     * The metric names of a PromQL expression: its identifiers, leaving out strings, label matchers, ranges,
     * grouping labels, functions and keywords.
     */
    static Set<String> metricsIn(String expression) {
        String bare = expression.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
            .replaceAll("\\{[^}]*}", " ")
            .replaceAll("\\[[^]]*]", " ")
            .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            if (!PROMQL_WORDS.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    /**
     * The Prometheus names of the meters the services' main sources build under a literal name, as Micrometer's
     * Prometheus registry writes them (dots to underscores; counters end in {@code _total}; timers are in seconds,
     * as a histogram, distribution summaries a histogram).
     */
    static Set<String> wirefeedMeters() {
        Set<String> names = new TreeSet<>();
        for (Path source : mainSources()) {
            Matcher matcher = METER.matcher(read(source));
            while (matcher.find()) {
                String name = matcher.group(2).replace('.', '_');
                switch (matcher.group(1)) {
                    case "Counter", "FunctionCounter" -> names.add(name + "_total");
                    case "Gauge" -> names.add(name);
                    case "TimeGauge" -> names.add(name + "_seconds");
                    case "Timer", "FunctionTimer" -> Stream.of("", "_count", "_sum", "_max", "_bucket")
                        .forEach(suffix -> names.add(name + "_seconds" + suffix));
                    default -> Stream.of("", "_count", "_sum", "_max", "_bucket")
                        .forEach(suffix -> names.add(name + suffix));
                }
            }
        }
        return names;
    }

    /** The names the Connect workers' JMX exporter rules give (Strimzi's metricsConfig and the compose worker). */
    static Set<String> jmxExporterNames() {
        Set<String> names = new TreeSet<>();
        DeployFiles.yaml("k8s/connect-jmx-exporter.yml").get(0).path("rules").forEach(rule ->
            names.add(rule.path("name").asText()));
        names.remove("");
        return names;
    }

    /**
     * The Kafka consumers' meters as the services serve them: Micrometer's Kafka binder (which KafkaStreamsMetrics
     * and KafkaClientMetrics share) on a consumer that never connects, scraped as Prometheus text. The Connect
     * workers' consumers publish the lag under the same name through their JMX rules.
     */
    static Set<String> kafkaClientMeters() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaClientMetrics metrics = new KafkaClientMetrics(consumer)) {
            metrics.bindTo(registry);
            Set<String> names = new TreeSet<>();
            for (String line : registry.scrape().split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.split("[{ ]", 2)[0]);
                }
            }
            return names;
        } finally {
            registry.close();
        }
    }

    private static List<Path> mainSources() {
        try (Stream<Path> paths = SERVICE_MODULES.stream().map(module -> DeployFiles.ROOT.resolve("../" + module
                + "/src/main/java")).filter(Files::isDirectory).flatMap(AlertRulesTest::walk)) {
            return paths.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
