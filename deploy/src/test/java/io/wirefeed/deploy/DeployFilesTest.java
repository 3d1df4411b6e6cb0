package io.wirefeed.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.config.EnvironmentOverrides;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.service.console.ConsoleConfig;
import io.wirefeed.kafka.PipelineTopic;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.sink.postgres.PostgresSinkConfig;
import io.wirefeed.sink.search.OpenSearchSinkConfig;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.runtime.SinkConnectorConfig;
import org.apache.kafka.connect.runtime.errors.DeadLetterQueueReporter;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * The deployment files parse, and what they name exists in the code: topics, settings (as WIREFEED_*
 * variables), connector classes and their keys, the services' ports. The metric names are checked against the
 * running services by {@code LocalStackIT}.
 */
class DeployFilesTest {

    private static final String SINK_DEAD_LETTERS = PipelineTopic.SINK_DEAD_LETTERS.defaultName();

    @Test
    void everyYamlAndJsonFileParses() {
        List<String> yaml = DeployFiles.files(".yml", ".yaml");
        assertThat(yaml).contains("compose/compose.yaml", "k8s/topics.yaml", "prometheus/alerts.yml");
        yaml.forEach(file -> assertThat(DeployFiles.yaml(file)).as(file).isNotEmpty());
        List<String> json = DeployFiles.files(".json");
        assertThat(json).contains("grafana/wirefeed-dashboard.json", "compose/postgres-sink.json");
        json.forEach(file -> assertThat(DeployFiles.json(file).isObject()).as(file).isTrue());
    }

    @Test
    void theKafkaTopicsAreTheTopicsTheServicesUse() {
        Map<String, JsonNode> topics = new HashMap<>();
        DeployFiles.yaml("k8s/topics.yaml").forEach(topic -> {
            assertThat(topic.path("kind").asText()).isEqualTo("KafkaTopic");
            topics.put(topic.at("/metadata/name").asText(), topic.path("spec"));
        });
        Set<String> used = new TreeSet<>(List.of(
            defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.DISPATCHES_TOPIC_CONFIG),
            defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.DEAD_LETTER_TOPIC_CONFIG),
            defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.STATE_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.DISPATCHES_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.ENRICHED_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.ALERTS_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.TRENDS_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.DEAD_LETTER_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.RULES_TOPIC_CONFIG),
            defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.EMBARGOED_ALERTS_TOPIC_CONFIG),
            SINK_DEAD_LETTERS));
        JsonNode connect = kafkaConnect().path("spec");
        for (String storage : List.of("configStorageTopic", "offsetStorageTopic", "statusStorageTopic")) {
            used.add(connect.path(storage).asText());
            assertThat(topics.get(connect.path(storage).asText()).at("/config/cleanup.policy").asText()).as(storage)
                .isEqualTo("compact");
        }
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(used);
        // As the services create them (the topic table): one partition and compaction where order or the latest
        // value matters.
        for (PipelineTopic topic : PipelineTopic.values()) {
            JsonNode spec = topics.get(topic.defaultName());
            assertThat(spec).as(topic.defaultName()).isNotNull();
            assertThat(spec.at("/config/cleanup.policy").asText("delete")).as(topic.defaultName())
                .isEqualTo(topic.cleanup().policy());
            if (topic.singlePartition()) {
                assertThat(spec.path("partitions").asInt()).as(topic.defaultName()).isEqualTo(1);
            }
        }
    }

    /**
     * The subscribers' contract (docs/asyncapi.yaml, generated in schemas) names topics the cluster has, and the
     * headers it promises on the sink dead letters are the ones Connect writes.
     */
    @Test
    void theAsyncApiChannelsAreKafkaTopicsAndTheirHeadersConnects() {
        Set<String> topics = new TreeSet<>();
        DeployFiles.yaml("k8s/topics.yaml").forEach(topic -> topics.add(topic.at("/metadata/name").asText()));
        JsonNode contract = DeployFiles.yamlAt(Path.of("..", "docs", "asyncapi.yaml")).get(0);
        List<String> addresses = new ArrayList<>();
        contract.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(topics).containsAll(addresses);
        assertThat(addresses).contains(SINK_DEAD_LETTERS);

        List<String> headers = new ArrayList<>();
        contract.at("/components/messages/sinkDeadLetters/headers/properties").fieldNames()
            .forEachRemaining(headers::add);
        assertThat(headers).containsExactlyInAnyOrder(DeadLetterQueueReporter.ERROR_HEADER_ORIG_TOPIC,
            DeadLetterQueueReporter.ERROR_HEADER_ORIG_PARTITION, DeadLetterQueueReporter.ERROR_HEADER_ORIG_OFFSET,
            DeadLetterQueueReporter.ERROR_HEADER_CONNECTOR_NAME, DeadLetterQueueReporter.ERROR_HEADER_TASK_ID,
            DeadLetterQueueReporter.ERROR_HEADER_STAGE, DeadLetterQueueReporter.ERROR_HEADER_EXECUTING_CLASS,
            DeadLetterQueueReporter.ERROR_HEADER_EXCEPTION, DeadLetterQueueReporter.ERROR_HEADER_EXCEPTION_MESSAGE,
            DeadLetterQueueReporter.ERROR_HEADER_EXCEPTION_STACK_TRACE);
    }

    @Test
    void theServicesSettingsAreKeysTheServicesKnow() {
        Map<String, ConfigDef> services = Map.of("ingest", IngestConfig.CONFIG_DEF, "enrich", EnrichConfig.CONFIG_DEF,
            "console", ConsoleConfig.CONFIG_DEF);
        JsonNode compose = DeployFiles.yaml("compose/compose.yaml").get(0).path("services");
        List<String> checked = new ArrayList<>();
        services.forEach((service, definition) -> {
            compose.path(service).path("environment").fieldNames().forEachRemaining(variable -> {
                if (!variable.equals("<<")) {    // the shared block, checked below (Jackson does not merge keys)
                    assertKnown(variable, definition, "compose " + service);
                    checked.add(variable);
                }
            });
            for (JsonNode document : DeployFiles.yaml("k8s/" + service + ".yaml")) {
                if (!List.of("Deployment", "StatefulSet").contains(document.path("kind").asText())) {
                    continue;
                }
                for (JsonNode container : document.at("/spec/template/spec/containers")) {
                    container.path("env").forEach(variable -> {
                        assertKnown(variable.path("name").asText(), definition, "k8s " + service);
                        checked.add(variable.path("name").asText());
                    });
                }
            }
        });
        assertThat(checked).contains("WIREFEED_BOOTSTRAP_SERVERS", "WIREFEED_SCHEMA_REGISTRY_URL",
            "WIREFEED_HTTP_API_KEYS", "WIREFEED_STATE_DIR", "WIREFEED_KAFKA_SASL_JAAS_CONFIG",
            "WIREFEED_KAFKA_NUM_STANDBY_REPLICAS", "WIREFEED_KAFKA_REPLICATION_FACTOR", "WIREFEED_CONSOLE_METRICS_URLS");
        // The release step registers the schemas (with registry settings only); the services start after it.
        compose.path("register-schemas").path("environment").fieldNames().forEachRemaining(variable ->
            assertKnown(variable, AvroSerdeConfig.CONFIG_DEF, "compose register-schemas"));
        for (String service : services.keySet()) {
            assertThat(compose.at("/" + service + "/depends_on/register-schemas/condition").asText()).as(service)
                .isEqualTo("service_completed_successfully");
        }
        // The compose file's shared settings are merged into both services' environments.
        compose.path("x-wirefeed-env").fieldNames().forEachRemaining(variable -> {
            assertKnown(variable, IngestConfig.CONFIG_DEF, "compose x-wirefeed-env");
            assertKnown(variable, EnrichConfig.CONFIG_DEF, "compose x-wirefeed-env");
        });
    }

    private static void assertKnown(String variable, ConfigDef definition, String where) {
        if (variable.equals("JAVA_TOOL_OPTIONS")) {
            return;    // the JVM's own variable
        }
        if (variable.startsWith("WIREFEED_KAFKA_")) {
            // Passed through, prefix removed, to Kafka Streams and the clients (ConfigLoader): a key one of them knows.
            String key = variable.substring("WIREFEED_KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
            Set<String> kafkaKeys = new TreeSet<>(StreamsConfig.configDef().names());
            kafkaKeys.addAll(ProducerConfig.configNames());
            kafkaKeys.addAll(ConsumerConfig.configNames());
            kafkaKeys.addAll(AdminClientConfig.configNames());
            assertThat(kafkaKeys).as("%s sets %s, which is no Kafka setting (%s)", where, variable, key).contains(key);
            return;
        }
        assertThat(definition.names().stream().map(EnvironmentOverrides::variableOf))
            .as("%s sets %s, which no setting of the service reads", where, variable).contains(variable);
    }

    @Test
    void theConnectorsConfigurationsUseTheConnectorsKeys() throws IOException {
        List<JsonNode> connectors = new ArrayList<>();
        DeployFiles.yaml("k8s/connect.yaml").stream().filter(resource -> resource.path("kind").asText()
            .equals("KafkaConnector")).forEach(resource -> {
                Map<String, Object> config = new HashMap<>();
                resource.at("/spec/config").fields().forEachRemaining(field -> config.put(field.getKey(), field.getValue()));
                config.put("connector.class", resource.at("/spec/class").asText());
                connectors.add(new ObjectMapper().valueToTree(config));
            });
        connectors.add(DeployFiles.json("compose/postgres-sink.json"));
        connectors.add(DeployFiles.json("compose/opensearch-sink.json"));
        assertThat(connectors).hasSize(4);
        for (JsonNode connector : connectors) {
            String connectorClass = connector.path("connector.class").asText();
            ConfigDef own = connectorClass.equals("io.wirefeed.sink.postgres.PostgresSinkConnector")
                ? PostgresSinkConfig.CONFIG_DEF : OpenSearchSinkConfig.CONFIG_DEF;
            assertThat(connectorClass).isIn("io.wirefeed.sink.postgres.PostgresSinkConnector",
                "io.wirefeed.sink.search.OpenSearchSinkConnector");
            Set<String> known = new TreeSet<>(own.names());
            known.addAll(SinkConnectorConfig.configDef().names());
            for (Iterator<String> keys = connector.fieldNames(); keys.hasNext();) {
                String key = keys.next();
                assertThat(known).as("%s: %s", connectorClass, key).contains(key);
            }
            assertThat(connector.path("topics").asText())
                .isEqualTo(defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.ENRICHED_TOPIC_CONFIG));
            assertThat(connector.path("errors.deadletterqueue.topic.name").asText()).isEqualTo(SINK_DEAD_LETTERS);
        }
        Properties worker = new Properties();
        try (Reader in = Files.newBufferedReader(DeployFiles.ROOT.resolve("compose/connect-distributed.properties"))) {
            worker.load(in);
        }
        assertThat(worker.getProperty("value.converter")).isEqualTo("org.apache.kafka.connect.converters.ByteArrayConverter");
    }

    /** Both services exit when the registry does not answer at their start; compose must start them again. */
    @Test
    void composeStartsTheServicesAgainWhenTheyExitOnAFailure() {
        JsonNode compose = DeployFiles.yaml("compose/compose.yaml").get(0).path("services");
        assertThat(List.of("ingest", "enrich", "console")).allSatisfy(service ->
            assertThat(compose.path(service).path("restart").asText()).as(service).isEqualTo("on-failure"));
    }

    /**
     * Only ingest's API is for other hosts. Every other published port is an administration port (Connect's REST
     * API hands out the connectors' database password; Grafana, Prometheus, enrich's metrics and trends) and is
     * bound to the loopback interface, also in the long port syntax.
     */
    @Test
    void composePublishesEveryAdministrationPortOnLoopbackOnly() {
        JsonNode services = DeployFiles.yaml("compose/compose.yaml").get(0).path("services");
        Map<String, List<String>> published = new HashMap<>();
        services.fieldNames().forEachRemaining(service -> services.path(service).path("ports").forEach(port ->
            published.computeIfAbsent(service, s -> new ArrayList<>()).add(port.isObject()
                ? port.path("host_ip").asText("0.0.0.0") + ":" + port.path("published").asText() + ":"
                    + port.path("target").asText()
                : port.asText())));
        assertThat(published).containsKeys("ingest", "connect", "grafana", "console");
        published.forEach((service, ports) -> assertThat(ports).as(service).allSatisfy(port -> {
            if (service.equals("ingest")) {
                assertThat(port).matches("(\\d+:)?\\d+:\\d+");
            } else {
                assertThat(port).startsWith("127.0.0.1:").matches("127\\.0\\.0\\.1:\\d+:\\d+");
            }
        }));
    }

    /**
     * The compose console reads each service's metrics where Prometheus scrapes them: the URL it is given for a
     * service names a target and the path of Prometheus' job for that service ({@code wirefeed-<service>}), and it
     * is given one for every job.
     */
    @Test
    void composeConsoleReadsTheMetricsWherePrometheusScrapesThem() {
        Map<String, String> scraped = new HashMap<>();
        for (JsonNode job : DeployFiles.yaml("prometheus/prometheus.yml").get(0).path("scrape_configs")) {
            String service = job.path("job_name").asText().replaceFirst("^wirefeed-", "");
            job.path("static_configs").forEach(targets -> targets.path("targets").forEach(target ->
                scraped.put(service, "http://" + target.asText() + job.path("metrics_path").asText("/metrics"))));
        }
        assertThat(scraped).containsKeys("ingest", "enrich", "connect");
        String urls = DeployFiles.yaml("compose/compose.yaml").get(0)
            .at("/services/console/environment/WIREFEED_CONSOLE_METRICS_URLS").asText();
        Map<String, String> console = new HashMap<>();
        for (String entry : urls.split(",")) {
            String[] nameAndUrl = entry.split("=", 2);
            console.put(nameAndUrl[0].trim(), nameAndUrl[1].trim());
        }
        assertThat(console).as("the console's WIREFEED_CONSOLE_METRICS_URLS").isEqualTo(scraped);
    }

    /**
     * The broker keeps its log where the volume is: the apache/kafka image writes to /tmp/kraft-combined-logs unless
     * told otherwise, which a recreated container loses with every topic, offset and transaction in it.
     */
    @Test
    void composeKeepsKafkasLogOnItsVolume() {
        JsonNode kafka = DeployFiles.yaml("compose/compose.yaml").get(0).path("services").path("kafka");
        String logDirs = kafka.path("environment").path("KAFKA_LOG_DIRS").asText();
        assertThat(logDirs).as("KAFKA_LOG_DIRS").isNotEmpty();
        List<String> mounted = new ArrayList<>();
        kafka.path("volumes").forEach(volume -> mounted.add(volume.asText().split(":")[1]));
        assertThat(List.of(logDirs.split(","))).allSatisfy(dir ->
            assertThat(mounted).as("volumes of the kafka service").anySatisfy(path ->
                assertThat(dir.equals(path) || dir.startsWith(path + "/")).as(dir + " under " + path).isTrue()));
    }

    /**
     * Every alert says how bad it is and what happened, and links its own section of the runbook (docs/runbook.md,
     * one section per alert, named after it); the runbook has no section for an alert that is gone.
     */
    @Test
    void everyAlertHasASeverityAndItsOwnRunbookSection() throws IOException {
        Set<String> sections = new TreeSet<>();
        for (String line : Files.readAllLines(DeployFiles.ROOT.resolve("../docs/runbook.md"))) {
            if (line.startsWith("## ")) {
                sections.add(line.substring(3).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
                    .replace(' ', '-'));
            }
        }
        Set<String> alerts = new TreeSet<>();
        for (JsonNode group : DeployFiles.yaml("prometheus/alerts.yml").get(0).path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                String alert = rule.path("alert").asText();
                assertThat(alerts.add(alert)).as("%s named twice", alert).isTrue();
                assertThat(rule.at("/labels/severity").asText()).as(alert).isIn("critical", "warning");
                assertThat(rule.at("/annotations/summary").asText()).as(alert).isNotBlank();
                assertThat(rule.at("/annotations/description").asText()).as(alert).isNotBlank();
                assertThat(rule.at("/annotations/runbook_url").asText()).as(alert)
                    .isEqualTo("docs/runbook.md#" + alert.toLowerCase(Locale.ROOT));
            }
        }
        assertThat(alerts).contains("WirefeedServiceDown", "WirefeedIngestRejecting", "WirefeedStreamThreadsGone",
            "WirefeedSinkStalled", "WirefeedSinkDeadLetters", "WirefeedSinkLagGrowing", "WirefeedLatencyHigh");
        Set<String> alertSections = new TreeSet<>(sections);
        alertSections.removeIf(section -> !section.startsWith("wirefeed"));
        assertThat(alertSections).as("the runbook's alert sections")
            .isEqualTo(alerts.stream().map(alert -> alert.toLowerCase(Locale.ROOT)).collect(
                Collectors.toCollection(TreeSet::new)));
    }

    /** The enriched topic is written in transactions; a worker reading uncommitted would store aborted records. */
    @Test
    void theConnectWorkersReadOnlyCommittedRecords() throws IOException {
        Properties compose = new Properties();
        try (Reader in = Files.newBufferedReader(DeployFiles.ROOT.resolve("compose/connect-distributed.properties"))) {
            compose.load(in);
        }
        assertThat(compose.getProperty("consumer.isolation.level")).as("compose worker").isEqualTo("read_committed");
        assertThat(DeployFiles.yaml("k8s/connect.yaml").stream()
            .filter(resource -> resource.path("kind").asText().equals("KafkaConnect"))
            .map(resource -> resource.at("/spec/config/consumer.isolation.level").asText()))
            .as("Kubernetes workers").containsExactly("read_committed");
    }

    @Test
    void prometheusScrapesTheServicesOnTheirPorts() {
        List<String> targets = new ArrayList<>();
        DeployFiles.yaml("prometheus/prometheus.yml").get(0).path("scrape_configs").forEach(job ->
            job.at("/static_configs/0/targets").forEach(target -> targets.add(target.asText())));
        assertThat(targets).contains("ingest:" + defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.HTTP_PROBES_PORT_CONFIG),
            "enrich:" + defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.HTTP_PORT_CONFIG), "connect:9404");
        assertThat(DeployFiles.metricNames()).contains("wirefeed_ingest_published_total", "wirefeed_enrich_running",
            "wirefeed_connect_tasks", "wirefeed_enrich_latency_seconds_bucket");
    }

    /**
     * The pods read the Secrets the User Operator writes for their KafkaUsers (named after the user), and ingest's API
     * keys live in a Secret of another name; the Connect worker authenticates as its user.
     */
    @Test
    void theServicesReadTheirKafkaUsersSecrets() {
        Set<String> users = new TreeSet<>();
        DeployFiles.yaml("k8s/users.yaml").forEach(user -> users.add(user.at("/metadata/name").asText()));
        // wirefeed-reprocess is an operator's, for bin/wirefeed reprocess: no workload reads it
        assertThat(users).containsExactlyInAnyOrder("wirefeed-ingest", "wirefeed-enrich", "wirefeed-connect",
            "wirefeed-reprocess", "wirefeed-console");
        for (String service : List.of("ingest", "enrich", "console")) {
            Map<String, String> secrets = new HashMap<>();
            DeployFiles.yaml("k8s/" + service + ".yaml").forEach(document ->
                document.at("/spec/template/spec/containers").forEach(container -> container.path("env").forEach(
                    variable -> secrets.put(variable.path("name").asText(),
                        variable.at("/valueFrom/secretKeyRef/name").asText()))));
            assertThat(secrets.get("WIREFEED_KAFKA_SASL_JAAS_CONFIG")).as(service).isEqualTo("wirefeed-" + service);
            secrets.forEach((variable, secret) -> {
                if (!variable.equals("WIREFEED_KAFKA_SASL_JAAS_CONFIG")) {
                    assertThat(secret).as(variable).isNotIn(users);
                }
            });
        }
        JsonNode connect = kafkaConnect().path("spec");
        assertThat(connect.at("/authentication/username").asText()).isIn(users)
            .isEqualTo(connect.at("/authentication/passwordSecret/secretName").asText());
    }

    /** The Prometheus Operator's copy of the alert rules is the rules file, and a default kube-prometheus-stack selects it. */
    @Test
    void thePrometheusRuleIsTheAlertRulesAndIsSelected() {
        JsonNode rule = DeployFiles.yaml("k8s/prometheus-rules.yaml").get(0);
        assertThat(rule.at("/spec/groups")).isEqualTo(DeployFiles.yaml("prometheus/alerts.yml").get(0).path("groups"));
        List<JsonNode> monitoring = new ArrayList<>(DeployFiles.yaml("k8s/podmonitors.yaml"));
        monitoring.add(rule);
        assertThat(monitoring).hasSize(4).allSatisfy(resource ->
            assertThat(resource.at("/metadata/labels/release").asText()).as(resource.at("/metadata/name").asText())
                .isEqualTo("kube-prometheus-stack"));
    }

    static JsonNode kafkaConnect() {
        return DeployFiles.yaml("k8s/connect.yaml").stream()
            .filter(resource -> resource.path("kind").asText().equals("KafkaConnect")).findFirst().orElseThrow();
    }

    static String defaultOf(ConfigDef definition, String key) {
        return String.valueOf(definition.configKeys().get(key).defaultValue);
    }
}
