package io.wirefeed.sink;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.ReadmeSection;
import io.wirefeed.sink.postgres.PostgresSinkConfig;
import io.wirefeed.sink.search.OpenSearchSinkConfig;
import org.junit.jupiter.api.Test;

/** The README's tables of connector settings are generated from their ConfigDefs. */
class ConnectorConfigReferenceTest {

    @Test
    void openSearchSinkTableIsCurrent() throws Exception {
        ReadmeSection.named("config:sink-opensearch")
            .assertCurrent(ConfigDocs.connectorMarkdownTable(OpenSearchSinkConfig.CONNECTOR_DEF));
    }

    @Test
    void postgresSinkTableIsCurrent() throws Exception {
        ReadmeSection.named("config:sink-postgres")
            .assertCurrent(ConfigDocs.connectorMarkdownTable(PostgresSinkConfig.CONNECTOR_DEF));
    }
}
