package io.wirefeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.ConfigLoader;
import io.wirefeed.config.DocsSection;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void theConfigurationPageDocumentsEveryIngestKey() throws Exception {
        DocsSection.of("configuration.md", "config:ingest").assertCurrent(ConfigDocs.markdownTable(IngestConfig.SERVICE_DEF));
    }

    @Test
    void environmentAndKafkaPassThroughReachTheClients() {
        IngestConfig config = new IngestConfig(ConfigLoader.load(IngestConfig.CONFIG_DEF, null, Map.of(
            "WIREFEED_BOOTSTRAP_SERVERS", "broker-1:9093,broker-2:9093",
            "WIREFEED_HTTP_API_KEYS", "k1, k2",
            "WIREFEED_SCHEMA_REGISTRY_URL", "https://registry:8081",
            "WIREFEED_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "WIREFEED_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"), IngestConfig.KAFKA_PREFIX));

        assertThat(config.apiKeys()).containsExactly("k1", "k2");
        assertThat(config.kafkaClientConfig()).containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
            .containsEntry("bootstrap.servers", List.of("broker-1:9093", "broker-2:9093"));
        assertThat(config.serdeConfig()).containsEntry("schema.registry.url", "https://registry:8081")
            .doesNotContainKey("http.api.keys");
    }

    @Test
    void refusesToStartWithoutAnApiKeyBrokersOrRegistry() {
        assertThatThrownBy(() -> new IngestConfig(Map.of("bootstrap.servers", "b:9092", "http.api.keys", " ",
            "schema.registry.url", "http://r:8081")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("at least one API key");
        assertThatThrownBy(() -> new IngestConfig(Map.of("http.api.keys", "k")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("bootstrap.servers");
        assertThatThrownBy(() -> new IngestConfig(Map.of("bootstrap.servers", "b:9092", "http.api.keys", "k")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("schema.registry.url");
    }
}
