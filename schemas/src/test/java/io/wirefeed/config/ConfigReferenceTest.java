package io.wirefeed.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.serde.AvroSerdeConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    @Test
    void theConfigurationPageDocumentsEverySerdeKey() throws Exception {
        DocsSection.of("configuration.md", "config:serde").assertCurrent(ConfigDocs.markdownTable(AvroSerdeConfig.CONFIG_DEF));
    }

    @Test
    void environmentVariablesOverrideTheFileForKnownKeysOnly() {
        ConfigDef definition = AvroSerdeConfig.CONFIG_DEF;
        Map<String, Object> merged = EnvironmentOverrides.apply(definition,
            Map.of("schema.registry.url", "http://file:8081", "auto.register.schemas", "true"),
            Map.of("WIREFEED_SCHEMA_REGISTRY_URL", "http://env:8081", "WIREFEED_UNRELATED", "x", "PATH", "/bin"));

        assertThat(merged).containsOnly(Map.entry("schema.registry.url", "http://env:8081"),
            Map.entry("auto.register.schemas", "true"));
        assertThat(new AvroSerdeConfig(merged).urls()).containsExactly("http://env:8081");
    }

    @Test
    void variableNamesFollowTheKey() {
        assertThat(EnvironmentOverrides.variableOf("schema.registry.ssl.key.password"))
            .isEqualTo("WIREFEED_SCHEMA_REGISTRY_SSL_KEY_PASSWORD");
        assertThat(EnvironmentOverrides.variableOf("value.subject.name-strategy"))
            .isEqualTo("WIREFEED_VALUE_SUBJECT_NAME_STRATEGY");
    }

    @Test
    void passwordsDoNotShowInTheDocsOrTheConfigsToString() {
        String table = ConfigDocs.markdownTable(SchemaRegistryClientConfig.CONFIG_DEF);
        AvroSerdeConfig config = new AvroSerdeConfig(Map.of("schema.registry.url", "http://r:8081",
            "basic.auth.user.info", "svc:s3cret-value"));

        assertThat(table).contains("| `basic.auth.user.info` | `WIREFEED_BASIC_AUTH_USER_INFO` | password | (none) |");
        assertThat(config.toString()).doesNotContain("s3cret-value");
        assertThat(config.basicUserInfo()).isEqualTo("svc:s3cret-value");
    }
}
