package io.wirefeed.launcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.service.cli.DispatchFiles;
import io.wirefeed.registry.SchemaRegistryClientConfig;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.stack.EmbeddedConnect;
import io.wirefeed.stack.Infrastructure;
import io.wirefeed.stack.KafkaEndpoint;
import io.wirefeed.stack.RegistryEndpoint;
import io.wirefeed.stack.ServerKind;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirefeed bench}: the pipeline's speed, beside its offline and Kafka limits. */
@Command(name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measures the pipeline on the embedded servers (or a given cluster), in one",
        "run: offline enrichment of generated dispatches or a folder's (one thread,",
        "no Kafka), the same dispatches end to end through the enrichment service",
        "(exactly_once_v2, dispatches topic to enriched topic), a Kafka Streams",
        "pass-through of them (same broker, partitions, serdes and guarantee),",
        "latency and its stages at 50%% and 80%% of the end-to-end maximum, and both",
        "sink connectors."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dispatches", defaultValue = "20000", description = "Dispatches (default: ${DEFAULT-VALUE}).")
    private int dispatches;

    @Option(names = "--warm-up", defaultValue = "40000",
        description = "Dispatches sent first, untimed, in each phase, so that the JIT compiler has done its work "
            + "(default: ${DEFAULT-VALUE}).")
    private int warmUp;

    @Option(names = "--max-rate", paramLabel = "PER_SECOND",
        description = "Take this as the maximum the latency runs go at fractions of, instead of the end-to-end "
            + "throughput the run measures (to compare two runs at the same rates).")
    private Double maxRate;

    @Option(names = "--latency-seconds", defaultValue = "20",
        description = "How long each latency run is timed (default: ${DEFAULT-VALUE}).")
    private int latencySeconds;

    @Option(names = "--latency-warm-up-seconds", defaultValue = "10",
        description = "How long each latency run first goes at the same rate, untimed (default: ${DEFAULT-VALUE}).")
    private int latencyWarmUpSeconds;

    @Option(names = "--resends", defaultValue = "0.05", description = "Share of resends (default: ${DEFAULT-VALUE}).")
    private double resends;

    @Option(names = "--updates", defaultValue = "0.08", description = "Share of updates (default: ${DEFAULT-VALUE}).")
    private double updates;

    @Option(names = "--kills", defaultValue = "0.01", description = "Share of kills (default: ${DEFAULT-VALUE}).")
    private double kills;

    @Option(names = "--near-duplicates", defaultValue = "0.04",
        description = "Share of other agencies' copies (default: ${DEFAULT-VALUE}).")
    private double nearDuplicates;

    @Option(names = "--instances", defaultValue = "1",
        description = "Enrichment services in the end-to-end and latency runs: this process's and the others, each "
            + "a JVM of its own on the same broker and application id, as an operator scales out "
            + "(default: ${DEFAULT-VALUE}).")
    private int instances;

    @Option(names = "--no-sinks", description = "Leave out the sink connectors.")
    private boolean noSinks;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
        description = "An enrichment setting for the end-to-end and latency runs, as the service reads it "
            + "(for example kafka.commit.interval.ms=50); repeatable.")
    private Map<String, String> settings = new HashMap<>();

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the results as JSON.")
    private Path report;

    @Option(names = "--input", paramLabel = "DIR",
        description = "Measure the dispatches of this folder's files (any supported format, read as 'parse' reads "
            + "them) instead of generated ones; the warm-up and the latency run stay generated.")
    private Path input;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
        description = "Run on this Kafka cluster (plaintext) instead of an embedded broker; needs "
            + "--schema-registry-url. The run's topics are named bench-<run>-* and deleted at the end.")
    private String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
        description = "The Confluent-compatible schema registry of the cluster given with --bootstrap-servers.")
    private String registryUrl;

    @Option(names = "--data-dir", defaultValue = "target/bench",
        description = "Where the run's servers keep their files, in a directory removed when the run succeeds "
            + "(default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        checkOptions();
        WireTraffic traffic = new WireTraffic(42, SyntheticDispatches.recentStart(),
            new WireTraffic.Mix(resends, updates, kills, nearDuplicates));
        List<Dispatch> warmUpLoad = traffic.next(warmUp);
        List<Dispatch> measured = input == null ? traffic.next(dispatches) : folder(input);
        PipelineBenchmark.Load load = new PipelineBenchmark.Load(warmUpLoad, measured);
        if (input == null) {
            out.printf("Generated %,d dispatches and %,d before them to warm up (resends %.0f%%, updates %.0f%%, "
                + "kills %.0f%%, near duplicates %.0f%%).%n", dispatches, warmUp, resends * 100, updates * 100,
                kills * 100, nearDuplicates * 100);
        } else {
            out.printf("Read %,d dispatches from %s; generated %,d to warm up.%n", measured.size(), input, warmUp);
        }
        out.println(bootstrapServers == null ? "Starting Kafka and the registry ..."
            : "Using Kafka at " + bootstrapServers + " and the registry at " + registryUrl + " ...");
        out.flush();
        long started = System.nanoTime();
        RunDirectory run = RunDirectory.under(dataDir);
        RunNames names = RunNames.random();
        try (Infrastructure servers = bootstrapServers == null ? Infrastructure.of(ServerKind.EMBEDDED, run.path())
                : Infrastructure.withCluster(new KafkaEndpoint(bootstrapServers), new RegistryEndpoint(registryUrl),
                    run.path())) {
            PipelineBenchmark pipeline = new PipelineBenchmark(servers, names, run.path(), out);
            double offline = pipeline.offline(load);
            out.printf("  %-22s %,.0f dispatches/s%n", "offline", offline);
            double baseline = pipeline.passThrough(load);
            Map<String, String> enrichSettings = enrichSettings(servers, names, run.path());
            EnrichConfig config = new EnrichConfig(enrichSettings);
            PipelineBenchmark.EndToEnd endToEnd = pipeline.endToEnd(load, config,
                () -> EnrichInstances.start(enrichSettings, instances - 1, run.path()));
            List<LatencyRun> latency;
            try (endToEnd) {
                latency = latencyRuns(pipeline, traffic, maxRate != null ? maxRate : endToEnd.throughput(), config);
            }
            List<SinkThroughput> sinks = noSinks ? List.of()
                : sinks(servers, names, run.path(), endToEnd.enriched(), out);
            BenchReport result = new BenchReport(measured.size(), 1 + endToEnd.otherServices().count(),
                (System.nanoTime() - started) / 1e9,
                endToEnd.throughput(), offline, baseline, latency, endToEnd.cpuMsPerDispatch(), endToEnd.peakHeapMb(),
                endToEnd.jitMsPerSecond(), sinks, howRun(measured.size()));
            out.println();
            out.print(result.table());
            if (report != null) {
                result.writeJson(report);
                out.println("Report: " + report.toAbsolutePath());
            }
            if (bootstrapServers != null) {
                out.printf("Deleted the run's %d topics (%s*).%n",
                    names.deleteTopics(Map.of("bootstrap.servers", bootstrapServers)).size(), names.prefix());
            }
        }
        run.remove();
        out.flush();
        return 0;
    }

    private void checkOptions() {
        if ((bootstrapServers == null) != (registryUrl == null)) {
            throw new ParameterException(spec.commandLine(),
                "--bootstrap-servers and --schema-registry-url go together");
        }
        if (instances < 1 || instances > 8) {
            throw new ParameterException(spec.commandLine(), "--instances must be between 1 and 8");
        }
        if (maxRate != null && !(maxRate >= 1 && maxRate <= 1e6)) {
            throw new ParameterException(spec.commandLine(), "--max-rate must be between 1 and 1000000 per second");
        }
        if (input != null && spec.commandLine().getParseResult().hasMatchedOption("--dispatches")) {
            throw new ParameterException(spec.commandLine(), "--dispatches and --input exclude each other: "
                + "with --input the folder's dispatches are measured, all of them");
        }
    }

    /** A latency run at each load, one after the other, at its fraction of {@code maximum}. */
    private List<LatencyRun> latencyRuns(PipelineBenchmark pipeline, WireTraffic traffic, double maximum,
                                         EnrichConfig config) throws Exception {
        List<LatencyRun> runs = new ArrayList<>();
        for (LoadLevel level : LoadLevel.values()) {
            int rate = level.rate(maximum);
            runs.add(pipeline.latency(traffic, level, rate, rate * latencyWarmUpSeconds, rate * latencySeconds,
                config));
        }
        return runs;
    }

    /** Dispatches of the folder's files, in name order; an unreadable file is reported and left out. */
    private List<Dispatch> folder(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.walk(dir)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        }
        List<Dispatch> read = new ArrayList<>();
        DispatchFiles.forEachDispatch(files, null, spec.commandLine().getErr(), read::add);
        if (read.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "No dispatches in " + dir);
        }
        return read;
    }

    private Map<String, String> enrichSettings(Infrastructure servers, RunNames names, Path runDir) {
        Map<String, String> config = new HashMap<>(Map.of(
            EnrichConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            SchemaRegistryClientConfig.URL_CONFIG, servers.registry().url(),
            EnrichConfig.APPLICATION_ID_CONFIG, names.of("enrich"),
            EnrichConfig.HTTP_HOST_CONFIG, "127.0.0.1",
            EnrichConfig.HTTP_PORT_CONFIG, "0",
            EnrichConfig.STATE_DIR_CONFIG, runDir.resolve("enrich-state").toString(),
            EnrichConfig.TOPICS_PARTITIONS_CONFIG, Integer.toString(PipelineBenchmark.PARTITIONS),
            // One stream thread per core, as an operator would run it on this machine.
            "kafka." + StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(streamThreads())));
        config.putAll(Map.of(EnrichConfig.DISPATCHES_TOPIC_CONFIG, names.of("dispatches"),
            EnrichConfig.ENRICHED_TOPIC_CONFIG, names.of("enriched"),
            EnrichConfig.ALERTS_TOPIC_CONFIG, names.of("alerts"),
            EnrichConfig.TRENDS_TOPIC_CONFIG, names.of("trends"),
            EnrichConfig.DEAD_LETTER_TOPIC_CONFIG, names.of("dead-letters"),
            EnrichConfig.RULES_TOPIC_CONFIG, names.of("rules")));
        // The run's topics are new and deleted at the end: their subjects are the run's own to register.
        config.put(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS_CONFIG, "true");
        config.putAll(settings);
        return config;
    }

    private static int streamThreads() {
        return Math.min(PipelineBenchmark.PARTITIONS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The sinks on the run's measured dispatches, the first of each id (one row and one document each; kills left
     * out, as they delete documents), re-published to a topic of their own. (The new stories alone are a few
     * hundred of this traffic, too few to measure the writing rather than the connectors' start.)
     */
    private List<SinkThroughput> sinks(Infrastructure servers, RunNames names, Path runDir,
                                       List<EnrichedDispatch> enriched, PrintWriter out) throws Exception {
        Set<String> ids = new HashSet<>();
        List<EnrichedDispatch> stories = enriched.stream()
            .filter(dispatch -> dispatch.getDedupe().getVerdict() != DedupeVerdict.KILL && ids.add(dispatch.getId()))
            .toList();
        try (EmbeddedConnect connect = EmbeddedConnect.start(servers.kafka().bootstrapServers(), runDir, 0)) {
            return new SinkBenchmark(servers, names, connect.rest(), out).run(stories);
        }
    }

    /** The enrichment services beside the bench's own, as {@link #howRun} says it; empty when there are none. */
    private String otherInstances() {
        return switch (instances) {
            case 1 -> "";
            case 2 -> "; one more enrichment service beside its own, in a JVM of its own (whose CPU is not in the "
                + "report's)";
            default -> String.format("; %d more enrichment services beside its own, each in a JVM of its own (whose "
                + "CPU is not in the report's)", instances - 1);
        };
    }

    private String howRun(int measured) {
        String servers = bootstrapServers == null
            ? "an in-process KRaft broker and Apicurio Registry (child JVM)"
            : "the Kafka cluster at " + bootstrapServers + " and the registry at " + registryUrl;
        String traffic = input == null ? "the same traffic, continued" : "read from " + input;
        return String.format("One JVM on %d cores: %s%s. "
            + "Every phase first runs %,d generated warm-up dispatches, untimed, then the %,d measured ones (%s). "
            + "Offline: the enrichment steps on one thread. End to end: the warm-up preloaded into a "
            + "%d-partition topic (keyed by id, acks=all, idempotent producer) and run through the enrichment service "
            + "(exactly_once_v2, %d stream threads, RocksDB); once all of it was read, the measured ones published "
            + "and timed from then to the last of their enriched records read (read_committed); CPU and peak heap "
            + "over that time. Baseline: a Kafka Streams "
            + "copy of the same records (same serdes: Avro through the registry; same partitions, "
            + "exactly_once_v2, default commit interval), timed the same way. Latency: at 50%% and then 80%% of %s, "
            + "dispatches produced as ingest does (the producer's metadata and schema id fetched first), after a "
            + "System.gc() that collects the earlier phases' records, %d s untimed then %d s timed, each traced "
            + "(a header) and measured from its send to its enriched record read (read_committed); its stages from "
            + "the dispatches topic's log-append time, the enrichment steps' stamps and two uncommitted readers of "
            + "the dedupe repartition and enriched topics.%s",
            Runtime.getRuntime().availableProcessors(), servers, otherInstances(), warmUp, measured, traffic,
            PipelineBenchmark.PARTITIONS, streamThreads(),
            maxRate == null ? "the end-to-end maximum measured" : String.format("a given maximum of %,.0f/s", maxRate),
            latencyWarmUpSeconds, latencySeconds,
            settings.isEmpty() ? "" : " Enrichment settings given: " + new TreeMap<>(settings) + ".");
    }
}
