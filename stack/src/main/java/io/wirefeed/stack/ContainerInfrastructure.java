package io.wirefeed.stack;

import java.util.ArrayList;
import java.util.List;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;

/** The same servers as containers, for machines with a Docker engine. Images are pinned. */
final class ContainerInfrastructure implements Infrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.0";
    static final String REGISTRY_IMAGE = "apicurio/apicurio-registry:3.0.9";
    static final String POSTGRES_IMAGE = "postgres:17.2";
    static final String OPENSEARCH_IMAGE = "opensearchproject/opensearch:2.19.2";
    private static final int OPENSEARCH_PORT = 9200;
    private static final int REGISTRY_PORT = 8080;

    private final List<Startable> started = new ArrayList<>();
    private KafkaContainer kafka;
    private GenericContainer<?> registry;
    private PostgreSQLContainer<?> postgres;
    private GenericContainer<?> opensearch;

    @Override
    public synchronized KafkaEndpoint kafka() {
        if (kafka == null) {
            kafka = start(new KafkaContainer(KAFKA_IMAGE));
        }
        return new KafkaEndpoint(kafka.getBootstrapServers());
    }

    @Override
    public synchronized RegistryEndpoint registry() {
        if (registry == null) {
            registry = start(new GenericContainer<>(REGISTRY_IMAGE)
                .withExposedPorts(REGISTRY_PORT)
                .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200)));
        }
        return new RegistryEndpoint("http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT)
            + "/apis/ccompat/v7");
    }

    @Override
    public synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            postgres = start(new PostgreSQLContainer<>(POSTGRES_IMAGE));
        }
        return new PostgresEndpoint(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    @Override
    public synchronized OpenSearchEndpoint opensearch() {
        if (opensearch == null) {
            opensearch = start(new GenericContainer<>(OPENSEARCH_IMAGE)
                .withEnv("discovery.type", "single-node")
                .withEnv("DISABLE_SECURITY_PLUGIN", "true")
                .withEnv("OPENSEARCH_JAVA_OPTS", "-Xms256m -Xmx256m")
                .withExposedPorts(OPENSEARCH_PORT)
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200)));
        }
        return new OpenSearchEndpoint("http://" + opensearch.getHost() + ":" + opensearch.getMappedPort(OPENSEARCH_PORT));
    }

    @Override
    public synchronized void close() {
        started.forEach(Startable::stop);
        started.clear();
    }

    private <T extends Startable> T start(T container) {
        container.start();
        started.add(container);
        return container;
    }
}
