package io.wirefeed.deploy;

import static io.wirefeed.deploy.DeployFilesTest.defaultOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.service.console.ConsoleConfig;
import io.wirefeed.service.deadletters.DeadLettersConfig;
import org.junit.jupiter.api.Test;

/**
 * Each KafkaUser's ACLs are exactly the rights its service uses, worked out from the services' settings (their
 * defaults: the manifests change none of the names) and from the Connect resources: a right the code needs and the
 * user lacks fails the service at run time, a right it has and does not need is one too many.
 */
class KafkaUserAclsTest {

    private static final List<String> WRITE = List.of("Describe", "Write");
    private static final List<String> READ = List.of("Describe", "Read");

    @Test
    void ingestMayWriteItsTopicsAndReadItsLedger() {
        Set<String> needed = new TreeSet<>();
        allow(needed, "topic", "literal", defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.DISPATCHES_TOPIC_CONFIG), WRITE);
        allow(needed, "topic", "literal", defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.DEAD_LETTER_TOPIC_CONFIG), WRITE);
        allow(needed, "topic", "literal", defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.STATE_TOPIC_CONFIG),
            List.of("Describe", "Read", "Write"));
        // Each pod's transactional id is its name, which begins with the Deployment's; the ACL is that prefix.
        JsonNode ingest = DeployFiles.yaml("k8s/ingest.yaml").get(0);
        assertThat(ingest.path("kind").asText()).isEqualTo("Deployment");
        assertThat(environment(ingest, "WIREFEED_TRANSACTIONAL_ID").at("/valueFrom/fieldRef/fieldPath").asText())
            .isEqualTo("metadata.name");
        String transactionalIds = defaultOf(IngestConfig.CONFIG_DEF, IngestConfig.TRANSACTIONAL_ID_CONFIG);
        assertThat(ingest.at("/metadata/name").asText()).startsWith(transactionalIds);
        allow(needed, "transactionalId", "prefix", transactionalIds, WRITE);
        assertThat(granted("wirefeed-ingest")).isEqualTo(needed);
    }

    @Test
    void enrichmentMayRunItsStreamsApplication() {
        Set<String> needed = new TreeSet<>();
        for (String input : List.of(EnrichConfig.DISPATCHES_TOPIC_CONFIG, EnrichConfig.RULES_TOPIC_CONFIG)) {
            allow(needed, "topic", "literal", defaultOf(EnrichConfig.CONFIG_DEF, input), READ);
        }
        // the embargoed alerts' topic too, so that an operator may turn embargo.alerts.early on without a new ACL
        for (String output : List.of(EnrichConfig.ENRICHED_TOPIC_CONFIG, EnrichConfig.ALERTS_TOPIC_CONFIG,
                EnrichConfig.TRENDS_TOPIC_CONFIG, EnrichConfig.DEAD_LETTER_TOPIC_CONFIG,
                EnrichConfig.EMBARGOED_ALERTS_TOPIC_CONFIG)) {
            allow(needed, "topic", "literal", defaultOf(EnrichConfig.CONFIG_DEF, output), WRITE);
        }
        // Kafka Streams names its internal topics and transactional ids after the application id, which is its group.
        String applicationId = defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.APPLICATION_ID_CONFIG);
        allow(needed, "topic", "prefix", applicationId + "-",
            List.of("Create", "Delete", "Describe", "DescribeConfigs", "Read", "Write"));
        allow(needed, "group", "literal", applicationId, List.of("Read"));
        allow(needed, "transactionalId", "prefix", applicationId + "-", WRITE);
        assertThat(granted("wirefeed-enrich")).isEqualTo(needed);
        assertThat(environment(DeployFiles.yaml("k8s/enrich.yaml").get(0), "WIREFEED_APPLICATION_ID").isMissingNode())
            .as("the application id is the default the ACLs are worked out from").isTrue();
    }

    @Test
    void reprocessMayReadTheEnrichedAndRulesTopicsAndWriteReTags() {
        Set<String> needed = new TreeSet<>();
        allow(needed, "topic", "literal", defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.ENRICHED_TOPIC_CONFIG),
            List.of("Describe", "Read", "Write"));
        allow(needed, "topic", "literal", defaultOf(EnrichConfig.CONFIG_DEF, EnrichConfig.RULES_TOPIC_CONFIG), READ);
        assertThat(granted("wirefeed-reprocess")).isEqualTo(needed);
    }

    /** The console reads the pipeline's output and the dead letters, and replays a letter as the command does. */
    @Test
    void theConsoleMayReadTheOutputAndReplayDeadLetters() {
        Set<String> needed = new TreeSet<>();
        for (String topic : List.of(EnrichConfig.ENRICHED_TOPIC_CONFIG, EnrichConfig.ALERTS_TOPIC_CONFIG,
            EnrichConfig.TRENDS_TOPIC_CONFIG)) {
            allow(needed, "topic", "literal", defaultOf(ConsoleConfig.CONFIG_DEF, topic), READ);
        }
        allow(needed, "topic", "literal", defaultOf(ConsoleConfig.CONFIG_DEF, IngestConfig.DEAD_LETTER_TOPIC_CONFIG),
            List.of("Describe", "Read", "Write"));
        allow(needed, "topic", "literal", defaultOf(ConsoleConfig.CONFIG_DEF, IngestConfig.DISPATCHES_TOPIC_CONFIG), WRITE);
        allow(needed, "topic", "literal", defaultOf(ConsoleConfig.CONFIG_DEF, IngestConfig.STATE_TOPIC_CONFIG),
            List.of("Describe", "Read", "Write"));
        allow(needed, "transactionalId", "literal",
            defaultOf(ConsoleConfig.CONFIG_DEF, DeadLettersConfig.TRANSACTIONAL_ID_CONFIG), WRITE);
        assertThat(DeployFiles.yaml("k8s/console.yaml").get(0).at("/spec/replicas").asInt())
            .as("one replay at a time under the one transactional id").isEqualTo(1);
        assertThat(granted("wirefeed-console")).isEqualTo(needed);
    }

    @Test
    void connectMayRunItsWorkerAndConnectors() {
        Set<String> needed = new TreeSet<>();
        JsonNode worker = DeployFilesTest.kafkaConnect().path("spec");
        allow(needed, "group", "literal", worker.path("groupId").asText(), List.of("Read"));
        for (String storage : List.of("configStorageTopic", "offsetStorageTopic", "statusStorageTopic")) {
            allow(needed, "topic", "literal", worker.path(storage).asText(),
                List.of("Describe", "DescribeConfigs", "Read", "Write"));
        }
        DeployFiles.yaml("k8s/connect.yaml").stream().filter(resource -> resource.path("kind").asText()
            .equals("KafkaConnector")).forEach(connector -> {
                // A sink connector's consumers are in the group connect-<connector name>.
                allow(needed, "group", "literal", "connect-" + connector.at("/metadata/name").asText(), List.of("Read"));
                allow(needed, "topic", "literal", connector.at("/spec/config/topics").asText(), READ);
                allow(needed, "topic", "literal", connector.at("/spec/config/errors.deadletterqueue.topic.name").asText(),
                    WRITE);
            });
        assertThat(granted("wirefeed-connect")).isEqualTo(needed);
    }

    private static void allow(Set<String> rights, String type, String pattern, String name, List<String> operations) {
        operations.forEach(operation -> rights.add(type + " " + pattern + " " + name + " " + operation));
    }

    /** The user's ACLs, one line per resource and operation. */
    private static Set<String> granted(String user) {
        JsonNode resource = DeployFiles.yaml("k8s/users.yaml").stream()
            .filter(kafkaUser -> kafkaUser.at("/metadata/name").asText().equals(user)).findFirst().orElseThrow();
        assertThat(resource.at("/spec/authorization/type").asText()).isEqualTo("simple");
        Set<String> rights = new TreeSet<>();
        for (JsonNode acl : resource.at("/spec/authorization/acls")) {
            assertThat(acl.path("type").asText("allow")).isEqualTo("allow");
            List<String> operations = new ArrayList<>();
            acl.path("operations").forEach(operation -> operations.add(operation.asText()));
            allow(rights, acl.at("/resource/type").asText(), acl.at("/resource/patternType").asText("literal"),
                acl.at("/resource/name").asText(), operations);
        }
        return rights;
    }

    private static JsonNode environment(JsonNode workload, String variable) {
        for (JsonNode entry : workload.at("/spec/template/spec/containers/0/env")) {
            if (entry.path("name").asText().equals(variable)) {
                return entry;
            }
        }
        return MissingNode.getInstance();
    }
}
