package io.wirefeed.launcher.local;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.kafka.PipelineTopic;
import io.wirefeed.sink.postgres.PostgresSinkConnector;
import io.wirefeed.sink.search.OpenSearchSinkConnector;
import io.wirefeed.stack.Infrastructure;

/**
 * The local stack's two sink connectors, configured as an operator would through Connect's REST API: the
 * enriched topic into PostgreSQL and OpenSearch, records they cannot write to a dead-letter topic.
 */
record SinkConnectors(Map<String, Map<String, String>> byName) {

    static final String POSTGRES = "wirefeed-postgres-sink";
    static final String OPENSEARCH = "wirefeed-opensearch-sink";
    static final String DEAD_LETTER_TOPIC = PipelineTopic.SINK_DEAD_LETTERS.defaultName();
    static final String INDEX = "wirefeed-dispatches";

    static SinkConnectors of(Infrastructure servers, String enrichedTopic) {
        Map<String, String> common = Map.of(
            "topics", enrichedTopic,
            "tasks.max", "1",
            "schema.registry.url", servers.registry().url(),
            "errors.tolerance", "all",
            "errors.deadletterqueue.topic.name", DEAD_LETTER_TOPIC,
            "errors.deadletterqueue.topic.replication.factor", "1",
            "errors.deadletterqueue.context.headers.enable", "true");
        Map<String, String> postgres = new HashMap<>(common);
        postgres.putAll(Map.of(
            "connector.class", PostgresSinkConnector.class.getName(),
            "connection.url", servers.postgres().jdbcUrl(),
            "connection.user", servers.postgres().user(),
            "connection.password", servers.postgres().password()));
        Map<String, String> opensearch = new HashMap<>(common);
        opensearch.putAll(Map.of(
            "connector.class", OpenSearchSinkConnector.class.getName(),
            "connection.url", servers.opensearch().url(),
            "index", INDEX));
        return new SinkConnectors(Map.of(POSTGRES, Map.copyOf(postgres), OPENSEARCH, Map.copyOf(opensearch)));
    }

    List<String> names() {
        return List.of(POSTGRES, OPENSEARCH);
    }
}
