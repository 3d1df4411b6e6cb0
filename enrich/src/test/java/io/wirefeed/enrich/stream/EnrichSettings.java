package io.wirefeed.enrich.stream;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;

/** Enrich settings for a test: the shared servers, topics and an application id of its own. */
final class EnrichSettings {

    final String dispatches = "dispatches-" + UUID.randomUUID();
    final EnrichTopics topics = new EnrichTopics(dispatches, "enriched-" + UUID.randomUUID(),
        "alerts-" + UUID.randomUUID(), "trends-" + UUID.randomUUID(), "dead-letters-" + UUID.randomUUID(),
        "rules-" + UUID.randomUUID(), "embargoed-alerts-" + UUID.randomUUID());
    private final Map<String, Object> settings = new HashMap<>();

    EnrichSettings(KafkaEndpoint kafka, RegistryEndpoint registry, Path stateDir) {
        settings.put(EnrichConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        settings.put("schema.registry.url", registry.url());
        settings.put("auto.register.schemas", "true");    // as the local stack: the test topics' subjects are new
        settings.put(EnrichConfig.APPLICATION_ID_CONFIG, "enrich-" + UUID.randomUUID());
        settings.put(EnrichConfig.DISPATCHES_TOPIC_CONFIG, topics.dispatches());
        settings.put(EnrichConfig.ENRICHED_TOPIC_CONFIG, topics.enriched());
        settings.put(EnrichConfig.ALERTS_TOPIC_CONFIG, topics.alerts());
        settings.put(EnrichConfig.TRENDS_TOPIC_CONFIG, topics.trends());
        settings.put(EnrichConfig.DEAD_LETTER_TOPIC_CONFIG, topics.deadLetters());
        settings.put(EnrichConfig.RULES_TOPIC_CONFIG, topics.rules());
        settings.put(EnrichConfig.EMBARGOED_ALERTS_TOPIC_CONFIG, topics.embargoedAlerts());
        settings.put(EnrichConfig.TOPICS_PARTITIONS_CONFIG, "3");
        settings.put(EnrichConfig.STATE_DIR_CONFIG, stateDir.toString());
        settings.put(EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(EnrichConfig.HTTP_PORT_CONFIG, "0");
        settings.put("kafka.commit.interval.ms", "100");
    }

    EnrichSettings with(String key, Object value) {
        settings.put(key, String.valueOf(value));
        return this;
    }

    Map<String, Object> asMap() {
        return Map.copyOf(settings);
    }

    EnrichConfig config() {
        return new EnrichConfig(settings);
    }
}
