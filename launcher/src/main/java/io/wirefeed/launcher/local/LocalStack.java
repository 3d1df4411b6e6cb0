package io.wirefeed.launcher.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirefeed.edge.HttpEdge;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.ingest.IngestConfig;
import io.wirefeed.ingest.IngestService;
import io.wirefeed.kafka.PipelineTopic;
import io.wirefeed.service.console.ConsoleConfig;
import io.wirefeed.service.console.ConsoleService;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.stack.ConnectRest;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.Infrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every part of the pipeline on this machine, on real servers whose data lives under one directory and survives
 * a restart: Kafka, Apicurio Registry (schemas stored in PostgreSQL), PostgreSQL, OpenSearch, a Kafka Connect
 * worker running both sink connectors, the ingest service, the enrichment service and the console. Closed in reverse
 * order.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);

    /** Partitions of the pipeline's topics on the local broker. */
    static final int PARTITIONS = 3;

    private final Path dataDir;
    private final DataDirectoryLock lock;
    private final Infrastructure servers;
    private EmbeddedConnect connect;
    private HttpEdge connectEdge;
    private ConsoleService console;
    private IngestService ingest;
    private EnrichService enrich;
    private EnrichConfig enrichConfig;

    private LocalStack(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        this.lock = DataDirectoryLock.acquire(dataDir);
        this.servers = Infrastructure.persistent(dataDir);
    }

    /** Starts everything; on failure, stops what had started and rethrows. */
    public static LocalStack start(Path dataDir) throws IOException {
        LocalStack stack = new LocalStack(dataDir);
        try {
            stack.startParts();
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startParts() throws IOException {
        // The child-process servers start side by side; the registry needs PostgreSQL, which stores its schemas.
        CompletableFuture<?> registry = CompletableFuture.runAsync(servers::registry);
        CompletableFuture<?> opensearch = CompletableFuture.runAsync(servers::opensearch);
        servers.kafka();
        registry.join();
        opensearch.join();

        ingest = IngestService.start(newIngestConfig(), Clock.systemUTC());
        enrichConfig = newEnrichConfig();
        enrich = EnrichService.start(enrichConfig, Clock.systemUTC());

        // Created here rather than by Connect's reporter, which logs an error when it has to create it.
        TopicSetup.ensure(Map.of("bootstrap.servers", servers.kafka().bootstrapServers()),
            List.of(PipelineTopic.SINK_DEAD_LETTERS.wanted(SinkConnectors.DEAD_LETTER_TOPIC, 1)));
        connect = EmbeddedConnect.start(servers.kafka().bootstrapServers(), dataDir.resolve("connect"), 0);
        SinkConnectors connectors = SinkConnectors.of(servers, enrichConfig.topics().enriched());
        for (String name : connectors.names()) {
            connect.rest().apply(name, connectors.byName().get(name));
        }
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ConnectorTaskMetrics(connect.rest(), connectors.names()).bindTo(metrics);
        connectEdge = new HttpEdge(new InetSocketAddress("127.0.0.1", 0), 2, () -> true, "", metrics).start();
        console = ConsoleService.start(newConsoleConfig(), Clock.systemUTC());
    }

    /** The local key has the admin scope: whoever runs the stack may replay its dead letters from the console. */
    private String apiKeys() throws IOException {
        return LocalApiKey.in(dataDir) + "=admin";
    }

    private ConsoleConfig newConsoleConfig() throws IOException {
        return new ConsoleConfig(Map.of(
            ConsoleConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            SchemaRegistryClientConfig.URL_CONFIG, servers.registry().url(),
            IngestConfig.HTTP_API_KEYS_CONFIG, apiKeys(),
            ConsoleConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            ConsoleConfig.HTTP_PORT_CONFIG, "0",
            ConsoleConfig.METRICS_URLS_CONFIG, String.join(",", metricsUrls().entrySet().stream()
                .map(url -> url.getKey() + "=" + url.getValue()).toList())));
    }

    private Map<String, String> metricsUrls() {
        Map<String, String> metrics = new LinkedHashMap<>();
        metrics.put("ingest", "http://127.0.0.1:" + ingest.probePort() + "/metrics");
        metrics.put("enrich", "http://127.0.0.1:" + enrich.httpPort() + "/metrics");
        metrics.put("connect", "http://127.0.0.1:" + connectEdge.port() + "/metrics");
        return metrics;
    }

    private IngestConfig newIngestConfig() throws IOException {
        return new IngestConfig(Map.of(
            IngestConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            SchemaRegistryClientConfig.URL_CONFIG, servers.registry().url(),
            AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, "true",
            IngestConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            IngestConfig.HTTP_PORT_CONFIG, "0",
            IngestConfig.HTTP_PROBES_PORT_CONFIG, "0",
            IngestConfig.HTTP_API_KEYS_CONFIG, apiKeys(),
            IngestConfig.FOLDER_PATH_CONFIG, dataDir.resolve("drop").toString(),
            IngestConfig.TOPICS_PARTITIONS_CONFIG, Integer.toString(PARTITIONS)));
    }

    /**
     * The enrichment's producer sends one request at a time. With several in flight, a transaction's first batch
     * to a partition (sequence 0, which transactions v2 require after each transaction's epoch bump) can be
     * refused with a retriable error while the next batch (sequence 1) of a pipelined request reaches the broker
     * first; the broker refuses that one too and logs an ERROR (OutOfOrderSequenceException ... "for transactions
     * v2 idempotent producer with no existing state"). The producer retries both in order, so nothing is lost or
     * doubled, but a fresh --demo start logged a dozen such ERRORs. See docs/reliability.md.
     */
    private EnrichConfig newEnrichConfig() {
        return new EnrichConfig(Map.of(
            EnrichConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            SchemaRegistryClientConfig.URL_CONFIG, servers.registry().url(),
            AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, "true",
            EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            EnrichConfig.HTTP_PORT_CONFIG, "0",
            EnrichConfig.STATE_DIR_CONFIG, dataDir.resolve("enrich-state").toString(),
            EnrichConfig.TOPICS_PARTITIONS_CONFIG, Integer.toString(PARTITIONS),
            "kafka.producer.max.in.flight.requests.per.connection", "1"));
    }

    public Infrastructure servers() {
        return servers;
    }

    public ConnectRest connect() {
        return connect.rest();
    }

    public EnrichConfig enrichConfig() {
        return enrichConfig;
    }

    public StackEndpoints endpoints() throws IOException {
        String ingestUrl = "http://127.0.0.1:" + ingest.httpPort();
        String key = LocalApiKey.in(dataDir);
        // The key rides in the fragment, which the browser keeps to itself: the page reads it and forgets the URL.
        String consoleUrl = "http://127.0.0.1:" + console.port() + "/#key=" + key;
        return new StackEndpoints(servers.kafka().bootstrapServers(), servers.registry().url(),
            servers.postgres().jdbcUrlWithCredentials(), servers.opensearch().url(), ingestUrl, key,
            dataDir.resolve("drop").toAbsolutePath().toString(), connect.rest().url().toString(), consoleUrl,
            metricsUrls());
    }

    @Override
    public void close() {
        stop("console", console);
        stop("connect metrics", connectEdge);
        stop("Kafka Connect", connect);
        stop("enrichment", enrich);
        stop("ingest", ingest);
        stop("servers", servers);
        stop("data directory lock", lock);
    }

    private static void stop(String part, AutoCloseable running) {
        if (running == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            running.close();
        } catch (Exception e) {
            LOG.warn("Stopping {} failed", part, e);
        }
        LOG.info("Stopped {} in {} ms", part, (System.nanoTime() - started) / 1_000_000);
    }
}
