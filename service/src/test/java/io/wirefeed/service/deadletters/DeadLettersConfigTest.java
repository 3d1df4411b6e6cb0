package io.wirefeed.service.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.ConfigLoader;
import io.wirefeed.config.DocsSection;
import io.wirefeed.ingest.IngestConfig;
import org.junit.jupiter.api.Test;

class DeadLettersConfigTest {

    @Test
    void theConfigurationPageDocumentsEveryKey() throws Exception {
        DocsSection.of("configuration.md", "config:dead-letters")
            .assertCurrent(ConfigDocs.markdownTable(DeadLettersConfig.SERVICE_DEF));
    }

    @Test
    void takesIngestsKeysAsIngestDefinesThemAndItsEnvironment() {
        DeadLettersConfig config = new DeadLettersConfig(ConfigLoader.load(DeadLettersConfig.CONFIG_DEF, null, Map.of(
            "WIREFEED_BOOTSTRAP_SERVERS", "broker-1:9093",
            "WIREFEED_SCHEMA_REGISTRY_URL", "https://registry:8081",
            "WIREFEED_INGEST_MAX_VERSION_JUMP", "5000",
            "WIREFEED_HTTP_API_KEYS", "ignored",
            "WIREFEED_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"), DeadLettersConfig.KAFKA_PREFIX));

        assertThat(config.limits().maxVersion()).isEqualTo(5001);
        assertThat(config.limits().maxBytes()).isEqualTo(1024 * 1024 - 16 * 1024);
        assertThat(config.topics().deadLetters()).isEqualTo("wirefeed.dead-letters");
        assertThat(config.kafkaClientConfig()).containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("bootstrap.servers", List.of("broker-1:9093"));
        assertThat(DeadLettersConfig.SERVICE_DEF.configKeys().get(IngestConfig.MAX_VERSION_JUMP_CONFIG).documentation)
            .isEqualTo(IngestConfig.SERVICE_DEF.configKeys().get(IngestConfig.MAX_VERSION_JUMP_CONFIG).documentation);
    }
}
