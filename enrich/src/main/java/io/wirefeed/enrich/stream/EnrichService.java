package io.wirefeed.enrich.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirefeed.edge.HttpEdge;
import io.wirefeed.enrich.DispatchDescriber;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.kafka.PipelineTopic;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.Alert;
import io.wirefeed.schema.DeadLetter;
import io.wirefeed.registry.RegistryProbe;
import io.wirefeed.registry.SchemaRegistryClient;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.Rule;
import io.wirefeed.schema.Trend;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.RegistryUnavailableException;
import io.wirefeed.serde.SpecificAvroSerde;
import io.wirefeed.serde.SubjectCompatibility;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrichment service: the topology in Kafka Streams (exactly-once, RocksDB), and its HTTP edge. */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final HttpEdge http;
    private final SchemaRegistryClient deadLetterRegistry;
    private final RegistryProbe registryProbe;
    /** Completes with why, once Kafka Streams is in ERROR: none of its threads come back from that but by a restart. */
    private final CompletableFuture<String> failure = new CompletableFuture<>();

    private EnrichService(EnrichConfig config, Clock clock) throws IOException {
        EnrichTopics topics = config.topics();
        EnrichTopology.EmbargoSettings embargo = config.embargo();
        if (config.getBoolean(EnrichConfig.TOPICS_CREATE_CONFIG)) {
            int partitions = config.getInt(EnrichConfig.TOPICS_PARTITIONS_CONFIG);
            List<TopicSetup.Wanted> wanted = new ArrayList<>(List.of(
                PipelineTopic.DISPATCHES.wanted(topics.dispatches(), partitions),
                PipelineTopic.ENRICHED.wanted(topics.enriched(), partitions),
                PipelineTopic.ALERTS.wanted(topics.alerts(), partitions),
                PipelineTopic.TRENDS.wanted(topics.trends(), partitions),
                PipelineTopic.DEAD_LETTERS.wanted(topics.deadLetters(), partitions),
                PipelineTopic.RULES.wanted(topics.rules(), partitions)));
            if (embargo.earlyAlerts()) {
                wanted.add(PipelineTopic.EMBARGOED_ALERTS.wanted(topics.embargoedAlerts(), partitions));
            }
            TopicSetup.ensure(config.kafkaClientConfig(), wanted);
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Prometheus wants one set of tag keys per name; Kafka Streams tags window and session stores' RocksDB
        // metrics differently from key-value stores', which would drop the trends stores' sizes.
        registry.config()
            .meterFilter(MeterFilter.renameTag("kafka.stream.state", "rocksdb.window.state.id", "rocksdb.state.id"))
            .meterFilter(MeterFilter.renameTag("kafka.stream.state", "rocksdb.session.state.id", "rocksdb.state.id"));
        List.of(new JvmMemoryMetrics(), new JvmGcMetrics(), new JvmThreadMetrics(), new ProcessorMetrics())
            .forEach(binder -> binder.bindTo(registry));
        Map<String, Object> serdeConfig = config.serdeConfig();
        Map<String, Schema> published = new HashMap<>(Map.of(topics.enriched(), EnrichedDispatch.getClassSchema(),
            topics.alerts(), Alert.getClassSchema(), topics.trends(), Trend.getClassSchema(),
            topics.deadLetters(), DeadLetter.getClassSchema()));
        if (embargo.earlyAlerts()) {
            published.put(topics.embargoedAlerts(), Alert.getClassSchema());
        }
        prepareSubjects(serdeConfig, published);
        registryProbe = RegistryProbe.start(serdeConfig, topics.enriched() + "-value");
        Gauge.builder("wirefeed.schema.registry.up", registryProbe, probe -> probe.reachable() ? 1 : 0)
            .description("1 when the schema registry answered this service's last probe (every 30 s), else 0")
            .register(registry);
        // What the stream writes is bounded by what its producer may send: a record over it becomes a dead letter
        // while Kafka Streams serializes it, before the producer could poison the transaction.
        int maxRequestSize = DeadLetterHandler.maxRequestSize(config.streamsConfig());
        Map<String, Object> ownSubjects = ownSubjects(serdeConfig);
        EnrichTopology.AvroSerdes serdes = new EnrichTopology.AvroSerdes(serde(Dispatch.class, serdeConfig),
            SizeBoundSerializer.bound(serde(EnrichedDispatch.class, serdeConfig), maxRequestSize),
            SizeBoundSerializer.bound(serde(EnrichedDispatch.class, ownSubjects), maxRequestSize),
            SizeBoundSerializer.bound(serde(Alert.class, serdeConfig), maxRequestSize),
            SizeBoundSerializer.bound(serde(Trend.class, serdeConfig), maxRequestSize),
            serde(Rule.class, ownSubjects));
        AlertPolicy alerts = new AlertPolicy(AlertPolicy.COUNTER_TERRORISM.rule(), AlertPolicy.COUNTER_TERRORISM.topics(),
            config.getInt(EnrichConfig.ALERT_MAX_URGENCY_CONFIG));
        Properties properties = new Properties();
        properties.putAll(config.streamsConfig());
        properties.put(DeadLetterHandler.METER_REGISTRY_CONFIG, registry);
        deadLetterRegistry = DeadLetterHandler.preparedRegistry(serdeConfig, topics.deadLetters());
        properties.put(DeadLetterHandler.REGISTRY_CLIENT_CONFIG, deadLetterRegistry);
        DeadLetterHandler.counter(registry, topics.dispatches());    // at zero until the first dead letter
        Function<RuleSet, DispatchDescriber> describers = config.describers();
        EnrichTopology.Describing describing = new EnrichTopology.Describing(describers.apply(RuleSet.NONE),
            describers, Duration.ofMillis(config.getLong(EnrichConfig.ANALYSIS_BUDGET_MS_CONFIG)));
        EnrichMetrics metrics = new EnrichMetrics();
        metrics.bindTo(registry);
        int inputPartitions = inputPartitions(config);
        streams = new KafkaStreams(EnrichTopology.build(StreamTopics.of(topics, serdes), inputPartitions, describing,
            alerts, new EnrichTopology.DedupeSettings(Duration.ofMillis(config.getLong(EnrichConfig.RETENTION_MS_CONFIG)),
                Duration.ofMillis(config.getLong(EnrichConfig.REORDER_GRACE_MS_CONFIG))), embargo, metrics, clock),
            properties);
        superviseThreads(streams, registry, failure);
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        TrendsQuery trends = new TrendsQuery(streams, clock);
        http = new HttpEdge(new InetSocketAddress(config.getString(EnrichConfig.HTTP_HOST_CONFIG),
            config.getInt(EnrichConfig.HTTP_PORT_CONFIG)), 4, () -> streams.state() == KafkaStreams.State.RUNNING,
            "Kafka Streams is not running", registry)
            .liveness(() -> StreamsLiveness.problem(streams))
            .route("/trends", "GET", exchange -> trends.answer(exchange.getRequestURI().getRawQuery()))
            .start();
        streams.start();
        LOG.info("Enrichment started: {} -> {}, HTTP on port {}", topics.dispatches(), topics.enriched(), http.port());
    }

    /**
     * How many partitions the dispatches topic has: each verdict goes back to the task its dispatch is parked in, so
     * the topology is built for them, and the rulings' topic, once made, must have as many.
     */
    private static int inputPartitions(EnrichConfig config) {
        String dispatches = config.topics().dispatches();
        String rulings = StreamTopics.rulingsRepartition(config.getString(EnrichConfig.APPLICATION_ID_CONFIG));
        Map<String, Integer> made = TopicSetup.partitions(config.kafkaClientConfig(), List.of(dispatches, rulings));
        Integer partitions = made.get(dispatches);
        if (partitions == null) {
            throw new IllegalStateException("The dispatches topic " + dispatches + " does not exist: create it, or let "
                + "the service create its topics (" + EnrichConfig.TOPICS_CREATE_CONFIG + ")");
        }
        if (made.containsKey(rulings) && !made.get(rulings).equals(partitions)) {
            throw new IllegalStateException("The dispatches topic " + dispatches + " has " + partitions
                + " partitions and the enrichment's " + rulings + " " + made.get(rulings) + ": the dispatches topic's "
                + "partitions changed since the enrichment's internal topics were made. Drain the pipeline and "
                + "reset the application (docs/operations.md, upgrading across a change of the enrichment's "
                + "topology)");
        }
        return partitions;
    }

    /**
     * Replaces a stream thread that fails (a registry outage stops threads until it answers), counts the failures,
     * publishes whether Kafka Streams runs and how many of its threads live, and completes {@code failure} once it is
     * in ERROR, which no thread comes back from (the global thread's failure takes it there).
     */
    private static void superviseThreads(KafkaStreams streams, MeterRegistry registry,
                                         CompletableFuture<String> failure) {
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                failure.complete("Kafka Streams went from " + before + " to ERROR (a global or last thread failed)");
            }
        });
        Counter threadFailures = Counter.builder("wirefeed.enrich.stream.thread.failures")
            .description("Stream threads that failed and were replaced (a schema registry outage included)")
            .register(registry);
        streams.setUncaughtExceptionHandler(error -> {
            threadFailures.increment();
            if (RegistryUnavailableException.causedBy(error)) {
                LOG.warn("Stream thread stopped while the schema registry is unavailable; replacing it");
            } else {
                LOG.error("Stream thread failed; replacing it", error);
            }
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        Gauge.builder("wirefeed.enrich.running", streams, running -> running.state() == KafkaStreams.State.RUNNING ? 1 : 0)
            .description("1 while Kafka Streams is RUNNING, 0 otherwise (starting, rebalancing, failed)")
            .register(registry);
        Gauge.builder("wirefeed.enrich.stream.threads", streams,
                live -> live.state().isRunningOrRebalancing() ? StreamsLiveness.liveThreads(live) : 0)
            .description("Stream threads alive (neither shutting down nor dead); /health fails at 0 while running")
            .register(registry);
    }

    public static EnrichService start(EnrichConfig config, Clock clock) {
        try {
            return new EnrichService(config, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Enrichment could not start: " + e.getMessage(), e);
        }
    }

    /**
     * Sets the published subjects' compatibility, then gets their schemas' ids (registering them only where
     * auto.register.schemas says so): a schema the release did not register stops the start, naming its subject,
     * where each record would otherwise fail to serialize and go to the dead letters.
     */
    private static void prepareSubjects(Map<String, Object> serdeConfig, Map<String, Schema> published) {
        SubjectCompatibility.apply(null, serdeConfig, published);
        try (AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>()) {
            serializer.configure(serdeConfig, false);
            published.forEach(serializer::prepare);
        }
    }

    /**
     * Serde settings for what only enrich writes: its internal topics, and the rules' global store, which Kafka
     * Streams writes back under the rules topic's subject with the schema enrich reads them with. These register
     * their schemas whatever auto.register.schemas says of the published topics.
     */
    private static Map<String, Object> ownSubjects(Map<String, Object> serdeConfig) {
        Map<String, Object> config = new HashMap<>(serdeConfig);
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, true);
        config.put(AvroSerdeConfig.USE_LATEST_VERSION_CONFIG, false);
        return config;
    }

    private static <T extends SpecificRecord> SpecificAvroSerde<T> serde(Class<T> type, Map<String, Object> config) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(null, type);
        serde.configure(config, false);
        return serde;
    }

    /** Completes, with why, when the service can enrich no more until it is started again. */
    public CompletionStage<String> failure() {
        return failure;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public int httpPort() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
        // Leaving the group hands the partitions over at once, rather than after the session times out (45 s),
        // which also keeps a restarted instance from waiting for its own former self.
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
            .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        streamsMetrics.close();
        deadLetterRegistry.close();
        registryProbe.close();
    }
}
