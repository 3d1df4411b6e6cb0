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
    // One lock per server, so that servers asked for from different threads start side by side.
    private final Object kafkaLock = new Object();
    private final Object registryLock = new Object();
    private final Object postgresLock = new Object();
    private final Object opensearchLock = new Object();
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
    public KafkaEndpoint kafka() {
        synchronized (kafkaLock) {
            if (kafka == null) {
                kafka = EmbeddedKafka.start(directory("kafka"));
            }
            return kafka.endpoint();
        }
    }

    @Override
    public RegistryEndpoint registry() {
        synchronized (registryLock) {
            if (registry == null) {
                ApicurioRegistry.Builder builder = ApicurioRegistry.builder(directory("registry"));
                if (persistent) {
                    postgres();
                    PostgresEndpoint database = postgres.endpoint().database(REGISTRY_DATABASE);
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
    }

    @Override
    public PostgresEndpoint postgres() {
        synchronized (postgresLock) {
            if (postgres == null) {
                postgres = PostgresServer.start(directory("postgres"), !persistent);
            }
            return postgres.endpoint();
        }
    }

    @Override
    public OpenSearchEndpoint opensearch() {
        synchronized (opensearchLock) {
            if (opensearch == null) {
                opensearch = OpenSearchServer.start(directory("opensearch"));
            }
            return opensearch.endpoint();
        }
    }

    /** Stops the servers, the registry before the PostgreSQL that may store its schemas. */
    @Override
    public void close() {
        synchronized (opensearchLock) {
            if (opensearch != null) {
                opensearch.close();
                opensearch = null;
            }
        }
        synchronized (registryLock) {
            if (registry != null) {
                registry.close();
                registry = null;
            }
        }
        synchronized (postgresLock) {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        }
        synchronized (kafkaLock) {
            if (kafka != null) {
                kafka.close();
                kafka = null;
            }
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
