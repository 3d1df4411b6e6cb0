package io.wirefeed.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.ConfigLoader;
import io.wirefeed.config.DocsSection;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    @Test
    void theConfigurationPageDocumentsEveryEnrichKey() throws Exception {
        DocsSection.of("configuration.md", "config:enrich").assertCurrent(ConfigDocs.markdownTable(EnrichConfig.SERVICE_DEF));
    }

    @Test
    void streamsRunExactlyOnceWithTheDeadLetterHandlerAndPassThroughSettings() {
        EnrichConfig config = new EnrichConfig(ConfigLoader.load(EnrichConfig.CONFIG_DEF, null, Map.of(
            "WIREFEED_BOOTSTRAP_SERVERS", "b:9093",
            "WIREFEED_SCHEMA_REGISTRY_URL", "http://r:8081",
            "WIREFEED_KAFKA_NUM_STREAM_THREADS", "4",
            "WIREFEED_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"), EnrichConfig.KAFKA_PREFIX));

        Map<String, Object> streams = config.streamsConfig();
        assertThat(streams).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
            .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class)
            .containsEntry(DeadLetterHandler.TOPIC_CONFIG, "wirefeed.dead-letters")
            .containsEntry("num.stream.threads", "4")
            .containsEntry("security.protocol", "SASL_SSL")
            .containsEntry("schema.registry.url", "http://r:8081");
        assertThat(config.topics().enriched()).isEqualTo("wirefeed.enriched");
    }

    @Test
    void commitsComeEvery50MsAndProducersSendAfter5MsUnlessTheOperatorSaysOtherwise() {
        Map<String, Object> defaults = new EnrichConfig(Map.of("bootstrap.servers", "b:9093",
            "schema.registry.url", "http://r:8081")).streamsConfig();
        Map<String, Object> overridden = new EnrichConfig(Map.of("bootstrap.servers", "b:9093",
            "schema.registry.url", "http://r:8081", "kafka.commit.interval.ms", "200",
            "kafka.producer.linger.ms", "20")).streamsConfig();

        assertThat(new StreamsConfig(defaults).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(50);
        assertThat(new StreamsConfig(defaults).getProducerConfigs("p")).containsEntry("linger.ms", 5);
        assertThat(new StreamsConfig(overridden).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo(200);
        assertThat(new StreamsConfig(overridden).getProducerConfigs("p")).containsEntry("linger.ms", "20");
    }
}
