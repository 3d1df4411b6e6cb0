package io.wirefeed.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;

/** Ingest settings for a test: the shared servers, topics of its own, loopback HTTP on a free port. */
final class IngestSettings {

    static final String API_KEY = "test-key-" + UUID.randomUUID();

    final String dispatches = "dispatches-" + UUID.randomUUID();
    final String deadLetters = "dead-letters-" + UUID.randomUUID();
    final String state = "ingest-state-" + UUID.randomUUID();
    private final Map<String, Object> settings = new HashMap<>();

    IngestSettings(KafkaEndpoint kafka, RegistryEndpoint registry) {
        settings.put(IngestConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        settings.put("schema.registry.url", registry.url());
        settings.put("auto.register.schemas", "true");    // as the local stack: the test topics' subjects are new
        settings.put(IngestConfig.DISPATCHES_TOPIC_CONFIG, dispatches);
        settings.put(IngestConfig.DEAD_LETTER_TOPIC_CONFIG, deadLetters);
        settings.put(IngestConfig.STATE_TOPIC_CONFIG, state);
        settings.put(IngestConfig.TRANSACTIONAL_ID_CONFIG, "ingest-" + UUID.randomUUID());
        settings.put(IngestConfig.TOPICS_PARTITIONS_CONFIG, "3");
        settings.put(IngestConfig.HTTP_HOST_CONFIG, "127.0.0.1");
        settings.put(IngestConfig.HTTP_PORT_CONFIG, "0");
        settings.put(IngestConfig.HTTP_PROBES_PORT_CONFIG, "0");
        settings.put(IngestConfig.HTTP_API_KEYS_CONFIG, "other-key," + API_KEY);
    }

    IngestSettings with(String key, Object value) {
        settings.put(key, String.valueOf(value));
        return this;
    }

    Map<String, Object> asMap() {
        return Map.copyOf(settings);
    }

    IngestConfig config() {
        return new IngestConfig(settings);
    }
}
