package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.ConfigLoader;
import io.wirefeed.config.DocsSection;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.service.deadletters.DeadLettersConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ConsoleConfigTest {

    @Test
    void theConfigurationPageDocumentsEveryKey() throws Exception {
        DocsSection.of("configuration.md", "config:console")
            .assertCurrent(ConfigDocs.markdownTable(ConsoleConfig.SERVICE_DEF));
    }

    @Test
    void takesIngestsKeysAndItsOwnFromTheEnvironment() {
        ConsoleConfig config = new ConsoleConfig(ConfigLoader.load(ConsoleConfig.CONFIG_DEF, null, Map.of(
            "WIREFEED_BOOTSTRAP_SERVERS", "broker-1:9093",
            "WIREFEED_SCHEMA_REGISTRY_URL", "https://registry:8081",
            "WIREFEED_HTTP_API_KEYS", "reader, root=admin",
            "WIREFEED_CONSOLE_HTTP_PORT", "9000",
            "WIREFEED_CONSOLE_METRICS_URLS", "ingest=http://ingest:8081/metrics,enrich=http://enrich:8081/metrics",
            "WIREFEED_INGEST_MAX_VERSION_JUMP", "5000"), ConsoleConfig.KAFKA_PREFIX));

        assertThat(config.apiKeys()).containsExactly("reader", "root=admin");
        assertThat(config.getInt(ConsoleConfig.HTTP_PORT_CONFIG)).isEqualTo(9000);
        assertThat(config.metricsUrls()).containsExactly(Map.entry("ingest", "http://ingest:8081/metrics"),
            Map.entry("enrich", "http://enrich:8081/metrics"));
        assertThat(config.enrichedTopic()).isEqualTo("wirefeed.enriched");
        assertThat(config.deadLetters().limits().maxVersion()).as("the replay reads under the same limits")
            .isEqualTo(5001);
        assertThat(config.toString()).doesNotContain("root=admin");
        assertThat(ConsoleConfig.SERVICE_DEF.configKeys().get(IngestConfig.HTTP_API_KEYS_CONFIG).documentation)
            .isEqualTo(IngestConfig.SERVICE_DEF.configKeys().get(IngestConfig.HTTP_API_KEYS_CONFIG).documentation);
        assertThat(ConsoleConfig.SERVICE_DEF.names()).containsAll(DeadLettersConfig.SERVICE_DEF.names());
    }

    @Test
    void refusesAMetricsEntryWithoutAName() {
        assertThatThrownBy(() -> new ConsoleConfig(Map.of("bootstrap.servers", "b:9092", "schema.registry.url",
            "http://r:8081", "http.api.keys", "k", "console.metrics.urls", "http://ingest:8081/metrics")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("name=url");
    }
}
