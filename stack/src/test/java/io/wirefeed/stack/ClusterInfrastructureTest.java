package io.wirefeed.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterInfrastructureTest {

    @Test
    void givesTheClustersEndpointsAndStartsNothingUnasked(@TempDir Path workDir) {
        KafkaEndpoint kafka = new KafkaEndpoint("kafka-1.example:9092,kafka-2.example:9092");
        RegistryEndpoint registry = new RegistryEndpoint("http://registry.example:8081");
        try (Infrastructure servers = Infrastructure.withCluster(kafka, registry, workDir)) {
            assertThat(servers.kafka()).isEqualTo(kafka);
            assertThat(servers.registry()).isEqualTo(registry);
        }
        assertThat(workDir).isEmptyDirectory();
    }
}
