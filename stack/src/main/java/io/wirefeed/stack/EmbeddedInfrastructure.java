package io.wirefeed.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded servers: Kafka in this JVM; Apicurio Registry, PostgreSQL and OpenSearch as child processes.
 * Throw-away servers work in fresh temporary directories; persistent ones in fixed directories under the work
 * directory, with the registry's schemas stored in PostgreSQL, so that everything survives a restart.
 */
final class EmbeddedInfrastructure implements Infrastructure {

    private static final String REGISTRY_DATABASE = "registry";

    private final Path workDir;
    private final boolean persistent;
    private EmbeddedKafka kafka;
    private ApicurioRegistry registry;
    private PostgresServer postgres;
    private OpenSearchServer opensearch;

    EmbeddedInfrastructure(Path workDir, boolean persistent) {
        this.persistent = persistent;
        try {
            this.workDir = Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized KafkaEndpoint kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(directory("kafka"));
        }
        return kafka.endpoint();
    }

    @Override
    public synchronized RegistryEndpoint registry() {
        if (registry == null) {
            ApicurioRegistry.Builder builder = ApicurioRegistry.builder(directory("registry"));
            if (persistent) {
                postgres();
                PostgresEndpoint database = postgres.database(REGISTRY_DATABASE);
                builder.property("apicurio.storage.kind", "sql")
                    .property("apicurio.storage.sql.kind", "postgresql")
                    .property("apicurio.datasource.url", database.jdbcUrl())
                    .property("apicurio.datasource.username", database.user())
                    .property("apicurio.datasource.password", database.password());
            }
            registry = builder.start();
        }
        return registry.endpoint();
    }

    @Override
    public synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(directory("postgres"), !persistent);
        }
        return postgres.endpoint();
    }

    @Override
    public synchronized OpenSearchEndpoint opensearch() {
        if (opensearch == null) {
            opensearch = OpenSearchServer.start(directory("opensearch"));
        }
        return opensearch.endpoint();
    }

    @Override
    public synchronized void close() {
        if (opensearch != null) {
            opensearch.close();
            opensearch = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (registry != null) {
            registry.close();
            registry = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    private Path directory(String name) {
        try {
            return persistent ? Files.createDirectories(workDir.resolve(name))
                : Files.createTempDirectory(workDir, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
