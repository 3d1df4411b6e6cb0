package io.wirefeed.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.prometheus.jmx.JmxCollector;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.sink.EnrichedRecords;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.PostgresEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink side as Prometheus sees it on Strimzi: the JMX exporter's own collector (the code of the agent Strimzi's
 * {@code metricsConfig} and the compose worker run), with {@code deploy/k8s/connect-jmx-exporter.yml} as it stands,
 * over the MBeans of a real Kafka Connect worker in this JVM. The worker runs the two KafkaConnectors of
 * {@code deploy/k8s/connect.yaml} (their class, tasks and settings, pointed at the test's servers) on records of
 * which one is unreadable, a third connector that fails on it ({@code errors.tolerance=none}) and a fourth that
 * logs and skips it ({@code errors.tolerance=all}, {@code errors.log.enable=true} and no dead-letter topic:
 * WirefeedSinkRecordsLost's case). Every series
 * the alert rules and the dashboard read for the sink side must come out with the labels they group by and the
 * values the records explain: records written, dead-lettered and in error per connector, task states (running and
 * failed) per connector and task, and each connector's consumer lag under the client id the lag rule maps to it.
 */
@ExtendWith(InfrastructureExtension.class)
class ConnectJmxRulesIT {

    private static final String LAG = "kafka_consumer_fetch_manager_records_lag_max";
    private static final String TASKS = "wirefeed_connect_tasks";
    private static final String WRITTEN = "wirefeed_connect_records_written_total";
    private static final String DEAD_LETTERS = "wirefeed_connect_dead_letters_total";
    private static final String FAILURES = "wirefeed_connect_record_failures_total";
    /** The sink-side series this test checks: every one that an alert rule or the dashboard reads. */
    private static final Set<String> CHECKED = Set.of(LAG, TASKS, WRITTEN, DEAD_LETTERS, FAILURES);
    private static final String FAILING = "wirefeed-failing-sink";
    private static final String SKIPPING = "wirefeed-skipping-sink";
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CLIENT_ID_TO_CONNECTOR = Pattern.compile(
        "\"connector\", \"\\$1\", \"client_id\", \"([^\"]+)\"");

    /** What the alerts and the dashboard read of the sink side is what this test checks, no less. */
    @Test
    void theSeriesCheckedAreTheSinkSeriesTheAlertsAndTheDashboardRead() {
        Set<String> sinkSide = new TreeSet<>();
        for (String name : DeployFiles.metricNames()) {
            if (name.startsWith("wirefeed_connect_")) {
                sinkSide.add(name);
            }
        }
        assertThat(alertExpression("WirefeedSinkLagGrowing")).contains(LAG, "connector-consumer-");
        sinkSide.add(LAG);
        assertThat(CHECKED).containsExactlyInAnyOrderElementsOf(sinkSide);
    }

    @Test
    void theExporterRulesGiveEverySinkSeriesTheAlertsAndTheDashboardRead(KafkaEndpoint kafka,
            RegistryEndpoint registry, PostgresEndpoint postgres, OpenSearchEndpoint opensearch, @TempDir Path dir)
            throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        // three dispatches, then one record that is no Avro ("not avro")
        EnrichedRecords.publish(kafka, registry, topic, List.of(
            EnrichedRecords.enriched("jmx-a", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("jmx-b", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("jmx-c", 1, DedupeVerdict.UNIQUE)));
        Map<String, Map<String, String>> connectors = manifestConnectors(topic, registry,
            postgres.database("jmx_" + UUID.randomUUID().toString().replace("-", "")), opensearch);
        assertThat(connectors).containsOnlyKeys("wirefeed-postgres-sink", "wirefeed-opensearch-sink");
        Map<String, String> failing = new HashMap<>(connectors.get("wirefeed-postgres-sink"));
        failing.keySet().removeIf(key -> key.startsWith("errors."));
        failing.put("tasks.max", "1");
        Map<String, String> skipping = new HashMap<>(failing);
        skipping.putAll(Map.of("errors.tolerance", "all", "errors.log.enable", "true"));
        PrometheusRegistry exporter = new PrometheusRegistry();
        new JmxCollector(DeployFiles.text("k8s/connect-jmx-exporter.yml")).register(exporter);

        try (EmbeddedConnect worker = EmbeddedConnect.start(kafka.bootstrapServers(), dir, 0)) {
            for (Map.Entry<String, Map<String, String>> connector : connectors.entrySet()) {
                worker.rest().apply(connector.getKey(), connector.getValue());
            }
            worker.rest().apply(FAILING, failing);
            worker.rest().apply(SKIPPING, skipping);

            List<Sample> samples = awaitSamples(exporter, scraped -> connectors.keySet().stream().allMatch(name ->
                    sum(scraped, DEAD_LETTERS, name) >= 1 && sum(scraped, WRITTEN, name) >= 3
                        && sum(scraped, FAILURES, name) >= 1)
                && sum(scraped, TASKS, FAILING, "failed") >= 1 && sum(scraped, FAILURES, SKIPPING) >= 1);

            for (String name : connectors.keySet()) {
                int tasks = Integer.parseInt(connectors.get(name).get("tasks.max"));
                // sink-record-send-total counts every record handed to the task, the unreadable one too
                assertThat(sum(samples, WRITTEN, name)).as("records %s wrote", name).isGreaterThanOrEqualTo(3);
                assertThat(sum(samples, DEAD_LETTERS, name)).as("records %s dead-lettered", name).isEqualTo(1);
                assertThat(sum(samples, FAILURES, name)).as("records %s failed", name).isGreaterThanOrEqualTo(1);
                assertThat(sum(samples, FAILURES, name) - sum(samples, DEAD_LETTERS, name))
                    .as("records %s failed and did not dead-letter (WirefeedSinkRecordsLost)", name).isZero();
                assertThat(sum(samples, TASKS, name, "running")).as("running tasks of %s", name).isEqualTo(tasks);
                assertThat(sum(samples, TASKS, name, "failed")).as("failed tasks of %s", name).isZero();
                assertThat(series(samples, TASKS, name)).extracting(sample -> sample.labels().get("task"))
                    .as("the tasks of %s", name).containsExactlyInAnyOrderElementsOf(taskIds(tasks));
            }
            assertThat(sum(samples, TASKS, FAILING, "failed")).as("the failed task of " + FAILING).isEqualTo(1);
            assertThat(sum(samples, DEAD_LETTERS, FAILING)).as("no dead-letter topic for " + FAILING).isZero();
            assertThat(sum(samples, TASKS, SKIPPING, "running")).as("the task of " + SKIPPING).isEqualTo(1);
            assertThat(sum(samples, FAILURES, SKIPPING) - sum(samples, DEAD_LETTERS, SKIPPING))
                .as("records " + SKIPPING + " failed and did not dead-letter (WirefeedSinkRecordsLost)").isEqualTo(1);

            // The lag rule's own mapping of the consumers' client ids to connectors finds every connector.
            Pattern toConnector = Pattern.compile(lagRuleClientIdPattern());
            Map<String, Double> lag = new TreeMap<>();
            for (Sample sample : samples) {
                Matcher matcher = toConnector.matcher(sample.labels().getOrDefault("client_id", ""));
                if (sample.name().equals(LAG) && matcher.matches() && !Double.isNaN(sample.value())) {
                    lag.merge(matcher.group(1), sample.value(), Math::max);
                }
            }
            assertThat(lag).as("consumer lag per connector, as WirefeedSinkLagGrowing maps it")
                .containsKeys(connectors.keySet().toArray(String[]::new)).containsKeys(SKIPPING)
                .allSatisfy((connector, records) -> assertThat(records).isBetween(0.0, 4.0));
        }
    }

    /**
     * The KafkaConnectors of the manifest as Connect's REST API takes them: class, tasks and settings as shipped, the
     * servers and credentials the test's, the dead-letter topic with one replica (one broker here).
     */
    private static Map<String, Map<String, String>> manifestConnectors(String topic, RegistryEndpoint registry,
            PostgresEndpoint postgres, OpenSearchEndpoint opensearch) {
        Map<String, Map<String, String>> connectors = new TreeMap<>();
        for (JsonNode resource : DeployFiles.yaml("k8s/connect.yaml")) {
            if (!resource.path("kind").asText().equals("KafkaConnector")) {
                continue;
            }
            JsonNode spec = resource.path("spec");
            Map<String, String> config = new HashMap<>();
            spec.path("config").properties().forEach(field -> config.put(field.getKey(), field.getValue().asText()));
            config.put("connector.class", spec.path("class").asText());
            config.put("tasks.max", spec.path("tasksMax").asText());
            config.put("topics", topic);
            config.put("schema.registry.url", registry.url());
            config.put("errors.deadletterqueue.topic.name", "sink-dlq-" + UUID.randomUUID());
            config.put("errors.deadletterqueue.topic.replication.factor", "1");
            if (config.containsKey("connection.user")) {
                config.putAll(Map.of("connection.url", postgres.jdbcUrl(), "connection.user", postgres.user(),
                    "connection.password", postgres.password()));
            } else {
                config.remove("connection.username");
                config.remove("connection.password");
                config.put("connection.url", opensearch.url());
            }
            connectors.put(resource.at("/metadata/name").asText(), config);
        }
        return connectors;
    }

    private static List<Sample> awaitSamples(PrometheusRegistry exporter, Predicate<List<Sample>> done)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        List<Sample> samples = scrape(exporter);
        while (!done.test(samples) && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            samples = scrape(exporter);
        }
        return samples;
    }

    /** What Prometheus would read from the exporter: the registry's snapshot in the text format, parsed. */
    private static List<Sample> scrape(PrometheusRegistry exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExpositionFormats.init().getPrometheusTextFormatWriter().write(out, exporter.scrape());
        List<Sample> samples = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as("a sample line: %s", line).isTrue();
            Map<String, String> labels = new TreeMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    private static List<Sample> series(List<Sample> samples, String name, String connector) {
        return samples.stream().filter(sample -> sample.name().equals(name)
            && connector.equals(sample.labels().get("connector"))).toList();
    }

    private static double sum(List<Sample> samples, String name, String connector) {
        return series(samples, name, connector).stream().mapToDouble(Sample::value).sum();
    }

    private static double sum(List<Sample> samples, String name, String connector, String state) {
        return series(samples, name, connector).stream().filter(sample -> state.equals(sample.labels().get("state")))
            .mapToDouble(Sample::value).sum();
    }

    private static List<String> taskIds(int tasks) {
        List<String> ids = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            ids.add(Integer.toString(task));
        }
        return ids;
    }

    /** The regular expression with which WirefeedSinkLagGrowing names a consumer's connector. */
    private static String lagRuleClientIdPattern() {
        Matcher matcher = CLIENT_ID_TO_CONNECTOR.matcher(alertExpression("WirefeedSinkLagGrowing"));
        assertThat(matcher.find()).as("WirefeedSinkLagGrowing maps client_id to connector").isTrue();
        return matcher.group(1);
    }

    private static String alertExpression(String alert) {
        for (JsonNode group : DeployFiles.yaml("prometheus/alerts.yml").get(0).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                if (rule.path("alert").asText().equals(alert)) {
                    return rule.path("expr").asText();
                }
            }
        }
        throw new AssertionError("no alert " + alert + " in alerts.yml");
    }

    /** One sample of the exposition: metric name, labels, value. */
    private record Sample(String name, Map<String, String> labels, double value) {
    }
}
