package io.wirefeed.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirefeed.edge.HttpEdge;
import io.wirefeed.ingest.feed.FeedPoller;
import io.wirefeed.ingest.folder.DropFolder;
import io.wirefeed.ingest.format.WireFormats;
import io.wirefeed.ingest.http.ApiKeys;
import io.wirefeed.ingest.http.DispatchEndpoint;
import io.wirefeed.ingest.http.KafkaReadiness;
import io.wirefeed.ingest.kafka.DispatchPublisher;
import io.wirefeed.ingest.kafka.PublicationLedger;
import io.wirefeed.kafka.PipelineTopic;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.registry.RegistryProbe;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.serde.SubjectCompatibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: the HTTP endpoint, the drop folder and the feed poller, publishing to Kafka. The folder
 * and the feeds share one thread, since they share the transactional producer of the publication ledger.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final List<AutoCloseable> resources = new ArrayList<>();
    private final HttpEdge http;

    private IngestService(IngestConfig config, Clock clock) throws IOException {
        try {
            http = startAll(config, clock);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private HttpEdge startAll(IngestConfig config, Clock clock) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
            new ProcessorMetrics(), new UptimeMetrics()).forEach(binder -> binder.bindTo(registry));
        IngestMetrics metrics = new IngestMetrics(registry);
        String dispatches = config.getString(IngestConfig.DISPATCHES_TOPIC_CONFIG);
        PublicationLedger.Topics topics = new PublicationLedger.Topics(dispatches,
            config.getString(IngestConfig.DEAD_LETTER_TOPIC_CONFIG), config.getString(IngestConfig.STATE_TOPIC_CONFIG));
        if (config.getBoolean(IngestConfig.TOPICS_CREATE_CONFIG)) {
            int partitions = config.getInt(IngestConfig.TOPICS_PARTITIONS_CONFIG);
            TopicSetup.ensure(config.kafkaClientConfig(), List.of(
                PipelineTopic.DISPATCHES.wanted(topics.dispatches(), partitions),
                PipelineTopic.DEAD_LETTERS.wanted(topics.deadLetters(), partitions),
                PipelineTopic.INGEST_STATE.wanted(topics.state(), partitions)));
        }
        SubjectCompatibility.apply(null, config.serdeConfig(), Map.of(topics.dispatches(), Dispatch.getClassSchema(),
            topics.deadLetters(), DeadLetter.getClassSchema()));
        RegistryProbe registryProbe = keep(RegistryProbe.start(config.serdeConfig(), dispatches + "-value"));
        Gauge.builder("wirefeed.schema.registry.up", registryProbe, probe -> probe.reachable() ? 1 : 0)
            .description("1 when the schema registry answered this service's last probe (every 30 s), else 0")
            .register(registry);
        WireFormats formats = new WireFormats();
        DispatchPublisher publisher = keep(DispatchPublisher.create(config.kafkaClientConfig(), config.serdeConfig(),
            dispatches));
        keep(bind(new KafkaClientMetrics(publisher.producer()), registry));
        KafkaReadiness readiness = keep(new KafkaReadiness(config.kafkaClientConfig(), dispatches));
        InputLimits limits = InputLimits.of(config);
        DispatchEndpoint endpoint = new DispatchEndpoint(new ApiKeys(config.apiKeys()), formats, publisher, metrics,
            new DispatchEndpoint.Limits((int) limits.maxBytes(), config.getInt(IngestConfig.HTTP_MAX_IN_FLIGHT_CONFIG),
                config.duration(IngestConfig.PUBLISH_TIMEOUT_MS_CONFIG), limits.maxVersion()), clock);
        HttpEdge server = keep(new HttpEdge(new InetSocketAddress(config.getString(IngestConfig.HTTP_HOST_CONFIG),
            config.getInt(IngestConfig.HTTP_PORT_CONFIG)), httpLimits(config), readiness::ready,
            "Kafka does not answer", registry)
            .route("/v1/dispatches", "POST", endpoint::post)
            .start());
        Path folder = config.folder();
        List<String> feeds = config.getList(IngestConfig.FEEDS_URLS_CONFIG);
        if (folder != null || !feeds.isEmpty()) {
            startSources(config, clock, metrics, topics, formats, limits, folder, feeds);
        }
        LOG.info("Ingest listening on port {} (probes and metrics on {}), drop folder {}, {} feeds", server.port(),
            server.probePort(), folder, feeds.size());
        return server;
    }

    private static HttpEdge.Limits httpLimits(IngestConfig config) {
        int probesPort = config.getInt(IngestConfig.HTTP_PROBES_PORT_CONFIG);
        String probesHost = config.getString(IngestConfig.HTTP_PROBES_HOST_CONFIG);
        InetSocketAddress probes = probesPort < 0 ? null : new InetSocketAddress(
            probesHost.isBlank() ? config.getString(IngestConfig.HTTP_HOST_CONFIG) : probesHost, probesPort);
        return new HttpEdge.Limits(config.getInt(IngestConfig.HTTP_THREADS_CONFIG),
            config.getInt(IngestConfig.HTTP_QUEUE_CONFIG), config.duration(IngestConfig.HTTP_REQUEST_TIMEOUT_MS_CONFIG),
            probes);
    }

    public static IngestService start(IngestConfig config, Clock clock) {
        try {
            return new IngestService(config, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Ingest could not start: " + e.getMessage(), e);
        }
    }

    private void startSources(IngestConfig config, Clock clock, IngestMetrics metrics, PublicationLedger.Topics topics,
                              WireFormats formats, InputLimits limits, Path folder, List<String> feeds)
            throws IOException {
        PublicationLedger ledger = keep(PublicationLedger.open(config.kafkaClientConfig(), config.serdeConfig(), topics,
            config.getString(IngestConfig.TRANSACTIONAL_ID_CONFIG)));
        ScheduledExecutorService sources = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ingest-sources");
            thread.setDaemon(true);
            return thread;
        });
        resources.add(0, () -> {
            sources.shutdown();
            sources.awaitTermination(30, TimeUnit.SECONDS);
        });
        if (folder != null) {
            DropFolder drop = new DropFolder(folder, formats, ledger, metrics, new DropFolder.Settings(
                config.duration(IngestConfig.FOLDER_SETTLE_MS_CONFIG), config.getInt(IngestConfig.FOLDER_BATCH_FILES_CONFIG),
                limits), clock);
            long every = config.getLong(IngestConfig.FOLDER_POLL_MS_CONFIG);
            sources.scheduleWithFixedDelay(guarded("drop folder " + folder, drop::scan), 0, every, TimeUnit.MILLISECONDS);
        }
        Duration timeout = config.duration(IngestConfig.FEEDS_TIMEOUT_MS_CONFIG);
        HttpClient client = FeedPoller.httpClient(timeout);
        FeedPoller.Fetching fetching = new FeedPoller.Fetching(timeout,
            config.duration(IngestConfig.FEEDS_DEADLINE_MS_CONFIG), config.getList(IngestConfig.FEEDS_REDIRECT_HOSTS_CONFIG)
                .stream().map(host -> host.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        long every = config.getLong(IngestConfig.FEEDS_POLL_INTERVAL_MS_CONFIG);
        for (String url : feeds) {
            URI uri = URI.create(url);
            FeedPoller poller = new FeedPoller(uri, client, fetching, formats, ledger, metrics, limits, clock);
            sources.scheduleWithFixedDelay(guarded("feed " + FeedPoller.redacted(uri), poller::poll), 0, every,
                TimeUnit.MILLISECONDS);
        }
    }

    /** A source step that logs its failure and runs again at its next turn, instead of dying silently. */
    private static Runnable guarded(String what, SourceStep step) {
        return () -> {
            try {
                step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.error("Ingest from {} failed; retrying at the next poll", what, e);
            }
        };
    }

    @FunctionalInterface
    private interface SourceStep {
        Object run() throws Exception;
    }

    private static KafkaClientMetrics bind(KafkaClientMetrics metrics, PrometheusMeterRegistry registry) {
        metrics.bindTo(registry);
        return metrics;
    }

    private <T extends AutoCloseable> T keep(T resource) {
        resources.add(0, resource);
        return resource;
    }

    public int httpPort() {
        return http.port();
    }

    /** The port of /health, /ready and /metrics. */
    public int probePort() {
        return http.probePort();
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("Closing {} failed", resource, e);
            }
        }
        resources.clear();
    }
}
