package io.wirefeed.sink;

import io.wirefeed.config.ConfigDocs;
import io.wirefeed.config.DocsSection;
import io.wirefeed.sink.postgres.PostgresSinkConfig;
import io.wirefeed.sink.search.OpenSearchSinkConfig;
import org.junit.jupiter.api.Test;

/** The tables of connector settings in docs/configuration.md are generated from their ConfigDefs. */
class ConnectorConfigReferenceTest {

    @Test
    void openSearchSinkTableIsCurrent() throws Exception {
        DocsSection.of("configuration.md", "config:sink-opensearch")
            .assertCurrent(ConfigDocs.connectorMarkdownTable(OpenSearchSinkConfig.CONNECTOR_DEF));
    }

    @Test
    void postgresSinkTableIsCurrent() throws Exception {
        DocsSection.of("configuration.md", "config:sink-postgres")
            .assertCurrent(ConfigDocs.connectorMarkdownTable(PostgresSinkConfig.CONNECTOR_DEF));
    }
}
