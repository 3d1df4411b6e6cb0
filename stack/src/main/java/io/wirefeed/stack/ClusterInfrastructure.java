package io.wirefeed.stack;

import java.nio.file.Path;

/**
 * A Kafka cluster and schema registry that are already running (an operator's), with PostgreSQL and
 * OpenSearch embedded, started the first time they are asked for. Closing it stops only what it started.
 */
final class ClusterInfrastructure implements Infrastructure {

    private final KafkaEndpoint kafka;
    private final RegistryEndpoint registry;
    private final EmbeddedInfrastructure stores;

    ClusterInfrastructure(KafkaEndpoint kafka, RegistryEndpoint registry, Path workDir) {
        this.kafka = kafka;
        this.registry = registry;
        this.stores = new EmbeddedInfrastructure(workDir, false);
    }

    @Override
    public KafkaEndpoint kafka() {
        return kafka;
    }

    @Override
    public RegistryEndpoint registry() {
        return registry;
    }

    @Override
    public PostgresEndpoint postgres() {
        return stores.postgres();
    }

    @Override
    public OpenSearchEndpoint opensearch() {
        return stores.opensearch();
    }

    @Override
    public void close() {
        stores.close();
    }
}
