package io.wirefeed.stack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka cluster in KRaft mode (one combined controller and broker) running in this
 * JVM on a loopback port. Its log directory is formatted the first time only, so a broker started again on the
 * same directory has every topic, offset and transaction it had. Replication factors are 1 so that transactions
 * and Kafka Streams work.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String CONTROLLER = "CONTROLLER";

    private static final String SCRAM = "SCRAM-SHA-512";

    private final KafkaRaftServer server;
    private final KafkaEndpoint endpoint;
    private final KafkaEndpoint scramEndpoint;

    private EmbeddedKafka(KafkaRaftServer server, KafkaEndpoint endpoint, KafkaEndpoint scramEndpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.scramEndpoint = scramEndpoint;
    }

    /** A user of the broker's SCRAM listener. */
    public record ScramUser(String name, String password) {
        @Override
        public String toString() {
            return "ScramUser[name=" + name + ", password=****]";
        }

        /** The client settings that authenticate as this user over SASL_PLAINTEXT. */
        public Map<String, String> clientConfig() {
            return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", SCRAM,
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + name + "\" password=\"" + password + "\";");
        }
    }

    /** Starts a broker on {@code logDir} (formatted if new) and a free port. */
    public static EmbeddedKafka start(Path logDir) {
        return start(logDir, LoopbackPort.free());
    }

    /** Starts a broker on {@code logDir} (formatted if new) and the given port: a restart keeps its address. */
    public static EmbeddedKafka start(Path logDir, int port) {
        return start(logDir, port, null);
    }

    /**
     * Starts a broker that also has a SASL_PLAINTEXT listener authenticating with SCRAM-SHA-512, where only
     * {@code user} gets in; the plaintext listener stays for the tests' own administration.
     */
    public static EmbeddedKafka startWithScram(Path logDir, ScramUser user) {
        return start(logDir, LoopbackPort.free(), user);
    }

    private static EmbeddedKafka start(Path logDir, int port, ScramUser scramUser) {
        Instant started = Instant.now();
        int scramPort = scramUser == null ? -1 : LoopbackPort.free();
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties(logDir, port, LoopbackPort.free(), scramPort));
        KafkaRaftServer server = null;
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir, scramUser);
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            KafkaEndpoint endpoint = new KafkaEndpoint("127.0.0.1:" + port);
            awaitReady(endpoint);
            LOG.info("Kafka broker ready at {} in {} ms (log directory {})", endpoint.bootstrapServers(),
                Duration.between(started, Instant.now()).toMillis(), logDir);
            return new EmbeddedKafka(server, endpoint,
                scramUser == null ? null : new KafkaEndpoint("127.0.0.1:" + scramPort));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly(server);
            throw new ServerStartException("Interrupted while starting Kafka", e);
        } catch (Exception e) {
            stopQuietly(server);
            throw new ServerStartException("Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    private static Properties brokerProperties(Path logDir, int port, int controllerPort, int scramPort) {
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
            Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER + "://127.0.0.1:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
            Map.entry("controller.listener.names", CONTROLLER),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT"),
            Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "5"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("transaction.state.log.num.partitions", "5"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("auto.create.topics.enable", "false")));
        if (scramPort > 0) {
            properties.put("listeners", properties.get("listeners") + ",SASL_PLAINTEXT://127.0.0.1:" + scramPort);
            properties.put("advertised.listeners", properties.get("advertised.listeners")
                + ",SASL_PLAINTEXT://127.0.0.1:" + scramPort);
            properties.put("listener.security.protocol.map", properties.get("listener.security.protocol.map")
                + ",SASL_PLAINTEXT:SASL_PLAINTEXT");
            properties.put("sasl.enabled.mechanisms", SCRAM);
            properties.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        }
        return properties;
    }

    private static void format(Path logDir, ScramUser scramUser) throws Exception {
        String dir = logDir.toAbsolutePath().toString();
        Formatter formatter = new Formatter();
        if (scramUser != null) {
            // The user exists from the first metadata record on, before any client connects.
            formatter.setScramArguments(List.of(SCRAM + "=[name=" + scramUser.name() + ",password="
                + scramUser.password() + "]"));
        }
        formatter
            .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
            .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
            .setClusterId(Uuid.randomUuid().toString())
            .setNodeId(1)
            .setDirectories(List.of(dir))
            .setMetadataLogDirectory(dir)
            .setControllerListenerName(CONTROLLER)
            .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
            .run();
    }

    private static void awaitReady(KafkaEndpoint endpoint) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", endpoint.bootstrapServers()))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get().isEmpty()) {
                        return;
                    }
                } catch (ExecutionException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new ServerStartException("Kafka broker not ready after " + READY_TIMEOUT.toSeconds()
                            + " s", notYet);
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    public KafkaEndpoint endpoint() {
        return endpoint;
    }

    /** The SCRAM listener, for a broker started with {@link #startWithScram}. */
    public KafkaEndpoint scramEndpoint() {
        if (scramEndpoint == null) {
            throw new IllegalStateException("this broker has no SCRAM listener");
        }
        return scramEndpoint;
    }

    @Override
    public void close() {
        stopQuietly(server);
    }

    private static void stopQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker did not shut down cleanly", e);
        }
    }
}
