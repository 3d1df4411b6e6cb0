package io.wirefeed.sink.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.sink.EnrichedRecords;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.InfrastructureExtension;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.LoopbackPort;
import io.wirefeed.stack.OpenSearchEndpoint;
import io.wirefeed.stack.OpenSearchServer;
import io.wirefeed.stack.RegistryEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch sink in a real Kafka Connect worker, against the real broker, registry and OpenSearch node:
 * versions out of order, a redelivery, a kill and a malformed record, the full-text query of docs/sinks.md, an offset
 * rewind; and an outage of OpenSearch that loses nothing.
 */
@ExtendWith(InfrastructureExtension.class)
class OpenSearchSinkConnectorIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void indexesTheLatestVersionOncePerStoryAndAppliesKills(KafkaEndpoint kafka, RegistryEndpoint registry,
            OpenSearchEndpoint opensearch, @TempDir Path dir) throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        String deadLetters = "search-dlq-" + UUID.randomUUID();
        String index = "dispatches-" + UUID.randomUUID();
        EnrichedRecords.publish(kafka, registry, topic, List.of(
            EnrichedRecords.enriched("a", 2, DedupeVerdict.UPDATE), EnrichedRecords.enriched("a", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("b", 1, DedupeVerdict.UNIQUE), EnrichedRecords.enriched("b", 1, DedupeVerdict.UNIQUE),
            EnrichedRecords.enriched("c", 1, DedupeVerdict.UNIQUE), EnrichedRecords.enriched("c", 2, DedupeVerdict.KILL)));

        try (EmbeddedConnect worker = EmbeddedConnect.start(kafka.bootstrapServers(), dir, 0)) {
            worker.rest().apply("opensearch-sink", Map.of(
                "connector.class", OpenSearchSinkConnector.class.getName(),
                "tasks.max", "1",
                "topics", topic,
                "connection.url", opensearch.url(),
                "index", index,
                "schema.registry.url", registry.url(),
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", deadLetters,
                "errors.deadletterqueue.topic.replication.factor", "1"));
            awaitDocuments(opensearch, index, 2);

            JsonNode a = get(opensearch.url() + "/" + index + "/_doc/a");
            assertThat(a.get("_version").asInt()).isEqualTo(2);
            assertThat(a.get("_source").get("version").asInt()).isEqualTo(2);
            assertThat(get(opensearch.url() + "/" + index + "/_doc/c").get("found").asBoolean()).isFalse();
            JsonNode hits = search(opensearch, index, "{\"query\":{\"bool\":{"
                + "\"must\":{\"match\":{\"body\":\"agree security drill\"}},"
                + "\"filter\":[{\"term\":{\"topicCodes\":\"medtop:20000053\"}},"
                + "{\"term\":{\"entityIds\":\"geonames:1512569\"}}]}}}");
            assertThat(hits.get("hits").get("total").get("value").asInt()).isEqualTo(2);
            assertThat(EnrichedRecords.deadLettered(kafka, deadLetters)).singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo("not avro".getBytes()));

            // Everything delivered again, then one new story: the same documents at the same versions, plus it.
            worker.rest().rewind("opensearch-sink");
            EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("d", 1,
                DedupeVerdict.UNIQUE)));
            awaitDocuments(opensearch, index, 3);
            assertThat(get(opensearch.url() + "/" + index + "/_doc/a").get("_version").asInt()).isEqualTo(2);
            assertThat(get(opensearch.url() + "/" + index + "/_doc/c").get("found").asBoolean()).isFalse();
            assertThat(search(opensearch, index, "{\"query\":{\"match_all\":{}}}").get("hits").get("total")
                .get("value").asInt()).isEqualTo(3);
        }
    }

    /** OpenSearch stopped while records arrive, then started again: the connector retries and loses nothing. */
    @Test
    void anOpenSearchOutageLosesNothing(KafkaEndpoint kafka, RegistryEndpoint registry, @TempDir Path dir)
            throws Exception {
        String topic = "enriched-" + UUID.randomUUID();
        int port = LoopbackPort.free();
        OpenSearchServer server = OpenSearchServer.start(dir.resolve("node"), port);
        OpenSearchEndpoint opensearch = server.endpoint();
        EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("before", 1, DedupeVerdict.UNIQUE)));
        try (EmbeddedConnect worker = EmbeddedConnect.start(kafka.bootstrapServers(), dir, 0)) {
            worker.rest().apply("opensearch-outage", Map.of(
                "connector.class", OpenSearchSinkConnector.class.getName(),
                "topics", topic,
                "connection.url", opensearch.url(),
                "index", "outage",
                "schema.registry.url", registry.url(),
                "errors.tolerance", "all",
                "errors.deadletterqueue.topic.name", "outage-dlq-" + UUID.randomUUID(),
                "errors.deadletterqueue.topic.replication.factor", "1"));
            awaitDocuments(opensearch, "outage", 1);

            server.close();
            EnrichedRecords.publish(kafka, registry, topic, List.of(EnrichedRecords.enriched("during-1", 1,
                DedupeVerdict.UNIQUE), EnrichedRecords.enriched("during-2", 1, DedupeVerdict.UNIQUE)));
            // Read before the outage: "before" and a malformed record. A third read is one published since, handed
            // to the task while OpenSearch is down: its write failed, and Connect holds the batch to deliver again.
            awaitRecordsRead("opensearch-outage", 3);
            server = OpenSearchServer.start(dir.resolve("node"), port);

            awaitDocuments(opensearch, "outage", 3);
            assertThat(search(opensearch, "outage", "{\"query\":{\"match_all\":{}}}").get("hits").get("total")
                .get("value").asInt()).isEqualTo(3);
        } finally {
            server.close();
        }
    }

    /** Waits until Connect has handed the connector's task this many records (its sink-task metrics, over JMX). */
    private static void awaitRecordsRead(String connector, int count) throws Exception {
        MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
        ObjectName task = new ObjectName("kafka.connect:type=sink-task-metrics,connector=" + connector + ",task=0");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!beans.isRegistered(task)
                || ((Number) beans.getAttribute(task, "sink-record-read-total")).doubleValue() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the task of " + connector + " read fewer than " + count + " records in 60 s: "
                    + (beans.isRegistered(task) ? beans.getAttribute(task, "sink-record-read-total") : "no metrics"));
            }
            Thread.sleep(100);
        }
    }

    private void awaitDocuments(OpenSearchEndpoint opensearch, String index, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(opensearch.url() + "/" + index
                + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && search(opensearch, index, "{\"query\":{\"match_all\":{}}}")
                    .get("hits").get("total").get("value").asInt() >= count) {
                Thread.sleep(1_000);
                http.send(HttpRequest.newBuilder(URI.create(opensearch.url() + "/" + index + "/_refresh"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("fewer than " + count + " documents after 60 s");
    }

    private JsonNode search(OpenSearchEndpoint opensearch, String index, String query) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(opensearch.url() + "/" + index + "/_search"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
            HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode get(String url) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString()).body());
    }
}
