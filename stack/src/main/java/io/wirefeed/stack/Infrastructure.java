package io.wirefeed.stack;

import java.nio.file.Path;

/**
 * The servers a test or the local stack needs, each started the first time it is asked for and stopped on
 * {@link #close()}. Whether they are the embedded servers or containers is the caller's choice, see
 * {@link ServerKind}.
 */
public interface Infrastructure extends AutoCloseable {

    KafkaEndpoint kafka();

    RegistryEndpoint registry();

    PostgresEndpoint postgres();

    OpenSearchEndpoint opensearch();

    @Override
    void close();

    /**
     * Embedded servers whose data lives in fixed directories under {@code dataDir} and survives a restart: the
     * local stack's.
     */
    static Infrastructure persistent(Path dataDir) {
        return new EmbeddedInfrastructure(dataDir, true);
    }

    /**
     * A running Kafka cluster and schema registry, with throw-away embedded PostgreSQL and OpenSearch (working
     * files under {@code workDir}) for whatever needs them.
     */
    static Infrastructure withCluster(KafkaEndpoint kafka, RegistryEndpoint registry, Path workDir) {
        return new ClusterInfrastructure(kafka, registry, workDir);
    }

    /** Throw-away servers of the given kind, with working files under {@code workDir}. */
    static Infrastructure of(ServerKind kind, Path workDir) {
        return switch (kind) {
            case EMBEDDED -> new EmbeddedInfrastructure(workDir, false);
            case CONTAINERS -> new ContainerInfrastructure();
        };
    }
}
