package io.wirefeed.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded servers: Kafka in this JVM; Apicurio Registry, PostgreSQL and OpenSearch as child processes. */
final class EmbeddedInfrastructure implements Infrastructure {

    private final Path workDir;
    private EmbeddedKafka kafka;
    private ApicurioRegistry registry;
    private PostgresServer postgres;
    private OpenSearchServer opensearch;

    EmbeddedInfrastructure(Path workDir) {
        try {
            this.workDir = Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized KafkaEndpoint kafka() {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(tempDir("kafka"));
        }
        return kafka.endpoint();
    }

    @Override
    public synchronized RegistryEndpoint registry() {
        if (registry == null) {
            registry = ApicurioRegistry.builder(tempDir("registry")).start();
        }
        return registry.endpoint();
    }

    @Override
    public synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            postgres = PostgresServer.start(tempDir("postgres"), true);
        }
        return postgres.endpoint();
    }

    @Override
    public synchronized OpenSearchEndpoint opensearch() {
        if (opensearch == null) {
            opensearch = OpenSearchServer.start(tempDir("opensearch"));
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

    private Path tempDir(String name) {
        try {
            return Files.createTempDirectory(workDir, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
