package io.wirefeed.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka cluster in KRaft mode (one combined controller and broker) running in
 * this JVM, on a free loopback port. Replication factors are 1 so that transactions and Kafka Streams work.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final KafkaClusterTestKit cluster;
    private final KafkaEndpoint endpoint;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
        this.endpoint = new KafkaEndpoint(cluster.bootstrapServers());
    }

    /** Formats a fresh log directory under {@code baseDir} and starts the broker there. */
    public static EmbeddedKafka start(Path baseDir) {
        Instant started = Instant.now();
        KafkaClusterTestKit cluster = null;
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(baseDir)
                .build();
            cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("auto.create.topics.enable", "false")
                .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            EmbeddedKafka kafka = new EmbeddedKafka(cluster);
            LOG.info("Kafka broker ready at {} in {} ms", kafka.endpoint.bootstrapServers(),
                Duration.between(started, Instant.now()).toMillis());
            return kafka;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(cluster);
            throw new ServerStartException("Interrupted while starting Kafka", e);
        } catch (Exception e) {
            closeQuietly(cluster);
            throw new ServerStartException("Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    public KafkaEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            LOG.warn("Kafka broker did not shut down cleanly", e);
        }
    }

    private static void closeQuietly(KafkaClusterTestKit cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.close();
        } catch (Exception e) {
            LOG.warn("Could not close a Kafka broker that failed to start", e);
        }
    }
}
