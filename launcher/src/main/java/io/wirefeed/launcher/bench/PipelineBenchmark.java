package io.wirefeed.launcher.bench;

import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.sun.management.OperatingSystemMXBean;
import io.wirefeed.enrich.Enricher;
import io.wirefeed.enrich.language.LanguageDetector;
import io.wirefeed.enrich.rules.RuleSet;
import io.wirefeed.enrich.stream.EnrichConfig;
import io.wirefeed.enrich.stream.EnrichService;
import io.wirefeed.enrich.stream.StageTimeHeaders;
import io.wirefeed.enrich.stream.StreamTopics;
import io.wirefeed.enrich.topic.MediaTopics;
import io.wirefeed.kafka.TopicSetup;
import io.wirefeed.schema.Dispatch;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.serde.AvroDeserializer;
import io.wirefeed.serde.AvroSerializer;
import io.wirefeed.serde.SpecificAvroSerde;
import io.wirefeed.stack.Infrastructure;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrichment measured three ways on the same dispatches, in one run and one JVM: offline (the steps on one
 * thread, no Kafka), end to end (the enrichment service, exactly_once_v2, from the dispatches topic to the
 * enriched topic, the measured dispatches published at once after the warm-up has come through) and, as the
 * Kafka limit, a Kafka Streams pass-through with the same broker, partitions, serdes and guarantee. Then latency
 * at given rates (fractions of the end-to-end maximum), producing as ingest does, with where each dispatch's time
 * went. Each way first runs a warm-up load, untimed: a cold JVM spends most of its first minute compiling (the
 * broker, Streams and the enrichment together are some 20,000 methods), which is not what a long-running service
 * costs.
 */
public final class PipelineBenchmark {

    static final int PARTITIONS = 3;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** The id prefix of the latency run's timed dispatches. */
    private static final String TIMED = "latency-timed-";

    private final Infrastructure servers;
    private final RunNames names;
    private final Path stateDir;
    private final PrintWriter progress;

    public PipelineBenchmark(Infrastructure servers, RunNames names, Path stateDir, PrintWriter progress) {
        this.servers = servers;
        this.names = names;
        this.stateDir = stateDir;
        this.progress = progress;
    }

    /** What a run sends: the warm-up dispatches first, untimed, then the measured ones. */
    public record Load(List<Dispatch> warmUp, List<Dispatch> measured) {
    }

    /** Dispatches per second through the enrichment steps on one thread, after the warm-up load. */
    public double offline(Load load) {
        Enricher enricher = offlineEnricher();
        load.warmUp().forEach(enricher::enrich);
        long started = System.nanoTime();
        load.measured().forEach(enricher::enrich);
        return load.measured().size() / seconds(started);
    }

    /** The enrichment steps as the service runs them with no operator rules, state in this process. */
    public static Enricher offlineEnricher() {
        return Enricher.inMemory(RuleSet.NONE.describer(new LanguageDetector(), MediaTopics.shipped(), List.of()),
            Duration.ofDays(7));
    }

    /** Records per second of a Streams copy of the measured dispatches, after the warm-up ones. */
    public double passThrough(Load load) throws Exception {
        String in = names.of("baseline-dispatches");
        String out = names.of("baseline-copy");
        TopicSetup.ensure(admin(), List.of(new TopicSetup.Wanted(in, PARTITIONS, false),
            new TopicSetup.Wanted(out, PARTITIONS, false)));
        publish(in, load.warmUp());
        SpecificAvroSerde<Dispatch> serde = new SpecificAvroSerde<>(null, Dispatch.class);
        serde.configure(Map.of("schema.registry.url", servers.registry().url()), false);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(in, Consumed.with(Serdes.String(), serde))
            .to(out, Produced.with(Serdes.String(), serde));
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, names.of("pass-through"));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve("pass-through").toString());
        try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            streams.start();
            return timeAfterWarmUp(in, out, load, "pass-through", () -> { }, record -> { });
        }
    }

    /** What starts the other enrichment services of a run, once this process's runs. */
    @FunctionalInterface
    interface OtherInstances {
        EnrichInstances start() throws Exception;
    }

    /**
     * The end-to-end run: the enrichment service on a backlog of dispatches, with the CPU time and peak heap of the
     * measured part (this process's: not the other instances'); what it wrote for the measured dispatches.
     */
    public EndToEnd endToEnd(Load load, EnrichConfig config, OtherInstances others) throws Exception {
        TopicSetup.ensure(admin(), List.of(new TopicSetup.Wanted(config.topics().dispatches(), PARTITIONS, false)));
        publish(config.topics().dispatches(), load.warmUp());
        EnrichService service = EnrichService.start(config, Clock.systemUTC());
        EnrichInstances otherServices = null;
        try {
            otherServices = others.start();
            return timedEndToEnd(load, config, service, otherServices);
        } catch (Exception | Error e) {
            // The run is over: its services, the other JVMs above all, must not outlive it.
            try {
                if (otherServices != null) {
                    otherServices.close();
                }
            } finally {
                service.close();
            }
            throw e;
        }
    }

    private EndToEnd timedEndToEnd(Load load, EnrichConfig config, EnrichService service,
                                   EnrichInstances otherServices) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long[] cpuBefore = new long[1];
        long[] jitBefore = new long[1];
        List<byte[]> written = new ArrayList<>(load.measured().size());
        double throughput = timeAfterWarmUp(config.topics().dispatches(), config.topics().enriched(), load,
            "end to end", () -> {
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            cpuBefore[0] = os.getProcessCpuTime();
            jitBefore[0] = jit.getTotalCompilationTime();
        }, written::add);
        double cpuMs = (os.getProcessCpuTime() - cpuBefore[0]) / 1e6;
        double jitMsPerSecond = (jit.getTotalCompilationTime() - jitBefore[0]) * throughput / load.measured().size();
        double peakHeapMb = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024);
        // Read after the clock stopped: the pass-through's records are not deserialized by the reader either.
        AvroDeserializer<EnrichedDispatch> values = AvroDeserializer.specific(null, EnrichedDispatch.class);
        values.configure(Map.of("schema.registry.url", servers.registry().url()), false);
        List<EnrichedDispatch> enriched = written.stream()
            .map(bytes -> values.deserialize(config.topics().enriched(), bytes)).toList();
        return new EndToEnd(service, otherServices, throughput, cpuMs / load.measured().size(), peakHeapMb,
            jitMsPerSecond, enriched);
    }

    /**
     * The running services after the end-to-end run (this process's and the others), what they wrote, and what the
     * run cost; {@code jitMsPerSecond} is the JIT compilers' time per second of the measured part, which shows
     * whether the warm-up was enough.
     */
    public record EndToEnd(EnrichService service, EnrichInstances otherServices, double throughput,
                           double cpuMsPerDispatch, double peakHeapMb, double jitMsPerSecond,
                           List<EnrichedDispatch> enriched) implements AutoCloseable {

        /** Stops every service of the run. */
        @Override
        public void close() throws Exception {
            try {
                otherServices.close();
            } finally {
                service.close();
            }
        }
    }

    /**
     * Latency at {@code rate} dispatches per second: new dispatches, traced ({@link StageTimeHeaders}), are produced
     * at that rate, {@code warmUp} of them untimed and then {@code count} timed, while a consumer reads the enriched
     * topic as a subscriber does (read_committed) and two readers note when each record is written to the dedupe
     * repartition topic and to the enriched topic (read uncommitted). Latency is from the send to the enriched
     * record read; its stages come from the points in between ({@link TracePoint}).
     */
    public LatencyRun latency(WireTraffic traffic, LoadLevel level, int rate, int warmUp, int count, EnrichConfig config)
            throws Exception {
        StageTimes times = new StageTimes();
        Histogram whole = new Histogram(Duration.ofMinutes(5).toNanos() / 1000, 3);
        String enrichedTopic = config.topics().enriched();
        String timed = TIMED + level.key() + "-";
        String bootstrap = servers.kafka().bootstrapServers();
        appendTimeStamps(config.topics().dispatches());
        // The earlier phases leave the harness's own garbage (preloaded and read records): collected first, as JMH
        // does between iterations, so that the run does not start inside a collection of it.
        System.gc();
        double seconds;
        Map<String, Double> cores;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
             TraceReader repartitioned = new TraceReader(bootstrap, StreamTopics.arrivalsRepartition(
                 config.getString(EnrichConfig.APPLICATION_ID_CONFIG)), TracePoint.REPARTITIONED, timed, times);
             TraceReader ruled = new TraceReader(bootstrap, StreamTopics.rulingsRepartition(
                 config.getString(EnrichConfig.APPLICATION_ID_CONFIG)), TracePoint.RULED, timed, times);
             TraceReader enriched = new TraceReader(bootstrap, enrichedTopic, TracePoint.ENRICHED, timed, times)) {
            consumer.subscribe(List.of(enrichedTopic));
            consumer.poll(Duration.ofMillis(500));
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            AtomicReference<CpuSample> timedFrom = new AtomicReference<>();
            AtomicLong timedFromNanos = new AtomicLong();
            Runnable atFirstTimed = () -> {
                timedFrom.set(CpuSample.now());
                timedFromNanos.set(System.nanoTime());
            };
            Thread producer = new Thread(() -> produceAtRate(traffic, new Pace(rate, warmUp, count, timed,
                atFirstTimed), times, config.topics().dispatches()), "bench-producer");
            producer.start();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            String label = "latency at " + level.label() + ", " + rate + "/s";
            while (whole.getTotalCount() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    long read = StageTimeHeaders.micros(Instant.now());
                    Header trace = record.headers().lastHeader(StageTimeHeaders.TRACE);
                    String id = trace == null ? "" : new String(trace.value(), StandardCharsets.UTF_8);
                    if (id.startsWith(timed)) {
                        times.stamp(id, TracePoint.VISIBLE, read);
                        stampFromHeaders(times, id, record.headers());
                        whole.recordValue(Math.max(0, read - times.stamped(id, TracePoint.SENT)));
                    }
                });
                show(label, whole.getTotalCount(), count);
            }
            producer.join();
            seconds = seconds(timedFromNanos.get());
            cores = CpuSample.now().coresSince(timedFrom.get(), seconds);
        }
        progress.println();
        // The readers are stopped: every stamp they saw is in.
        return new LatencyRun(level, rate, (int) whole.getTotalCount(), Distribution.ofMicros(whole),
            times.breakdown(), whole.getTotalCount() / seconds, cores);
    }

    private static void stampFromHeaders(StageTimes times, String id, Headers headers) {
        StageTimeHeaders.micros(headers, StageTimeHeaders.DESCRIBE)
            .ifPresent(micros -> times.stamp(id, TracePoint.DESCRIBED, micros));
        StageTimeHeaders.micros(headers, StageTimeHeaders.JUDGE)
            .ifPresent(micros -> times.stamp(id, TracePoint.JUDGED, micros));
        StageTimeHeaders.micros(headers, StageTimeHeaders.UNPARK)
            .ifPresent(micros -> times.stamp(id, TracePoint.UNPARKED, micros));
    }

    /** The dispatches topic's records carry the broker's append time, which the producer's callback reports. */
    private void appendTimeStamps(String topic) throws Exception {
        try (Admin admin = Admin.create(admin())) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"),
                    AlterConfigOp.OpType.SET)))).all().get();
        }
    }

    /**
     * How a latency run produces: {@code warmUp} then {@code count} at {@code rate}; ids of the timed start with
     * {@code timed}; {@code atFirstTimed} runs as the first timed one is sent.
     */
    private record Pace(int rate, int warmUp, int count, String timed, Runnable atFirstTimed) {
    }

    /**
     * Produces {@code warmUp + count} traced dispatches at the pace's rate, each stamped with its send time; the
     * timed ones are noted when sent and when appended. The warm-up at the same rate lets the JIT compiler
     * settle on this load: a trickle after the bulk phases deoptimises and recompiles the hot paths of broker,
     * Streams and enrichment, which took most of a core for the first ten seconds on 2 cores (JFR).
     */
    private void produceAtRate(WireTraffic traffic, Pace pace, StageTimes times, String topic) {
        AvroSerializer<Dispatch> values = dispatchSerializer();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            // Ready before the clock starts, as ingest's long-lived producer is: the topic's metadata fetched and
            // the schema id known. Otherwise the first dispatches would carry the producer's start-up.
            producer.partitionsFor(topic);
            values.prepare(topic, Dispatch.getClassSchema());
            long started = System.nanoTime();
            for (int i = 0; i < pace.warmUp() + pace.count(); i++) {
                long due = started + (long) (i * 1e9 / pace.rate());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                Dispatch next = traffic.next();
                boolean isTimed = i >= pace.warmUp();
                if (i == pace.warmUp()) {
                    pace.atFirstTimed().run();
                }
                String id = (isTimed ? pace.timed() : "latency-warm-up-") + i + "-" + next.getId();
                Instant now = Instant.now();
                Dispatch stamped = Dispatch.newBuilder(next).setId(id).setReceivedAt(now).build();
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, id,
                    values.serialize(topic, stamped), new RecordHeaders()
                        .add(StageTimeHeaders.TRACE, id.getBytes(StandardCharsets.UTF_8)));
                if (isTimed) {
                    times.stamp(id, TracePoint.SENT, StageTimeHeaders.micros(now));
                }
                producer.send(record, (metadata, failed) -> {
                    if (failed == null && isTimed) {
                        times.stamp(id, TracePoint.APPENDED, metadata.timestamp() * 1000);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish(String topic, List<Dispatch> dispatches) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            records(topic, dispatches).forEach(producer::send);
        }
    }

    private AvroSerializer<Dispatch> dispatchSerializer() {
        AvroSerializer<Dispatch> values = new AvroSerializer<>();
        values.configure(Map.of("schema.registry.url", servers.registry().url()), false);
        return values;
    }

    /** The dispatches as records of {@code topic}, keyed by story as ingest keys them, their values serialized. */
    private List<ProducerRecord<String, byte[]>> records(String topic, List<Dispatch> dispatches) {
        AvroSerializer<Dispatch> values = dispatchSerializer();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(dispatches.size());
        dispatches.forEach(dispatch -> records.add(new ProducerRecord<>(topic, dispatch.getId(),
            values.serialize(topic, dispatch))));
        return records;
    }

    /**
     * Records per second read from {@code out} for the measured dispatches, timed as {@link BacklogTiming} says. The
     * measured dispatches are serialized and the producer has its metadata before the clock starts: only sending
     * them is timed, as the latency run times only the sends.
     */
    private double timeAfterWarmUp(String in, String out, Load load, String label, Runnable atStart,
                                   Consumer<byte[]> onMeasured) {
        List<ProducerRecord<String, byte[]>> measured = records(in, load.measured());
        try (KafkaConsumer<byte[], byte[]> consumer = consumer();
             KafkaProducer<String, byte[]> producer = producer()) {
            producer.partitionsFor(in);
            consumer.subscribe(List.of(out));
            BacklogTiming timing = new BacklogTiming(() -> {
                List<byte[]> values = new ArrayList<>();
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
                return values;
            }, this::show, System::nanoTime, System.nanoTime() + TIMEOUT.toNanos());
            double throughput = timing.time(label, load.warmUp().size(), measured.size(), () -> {
                progress.println();
                atStart.run();
            }, () -> {
                measured.forEach(producer::send);
                producer.flush();
            }, onMeasured);
            progress.println();
            return throughput;
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, names.of("reader-" + System.nanoTime()),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<String, byte[]> producer() {
        // As ingest's publisher: acks=all, idempotent.
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafka().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
            ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
    }

    private Map<String, Object> admin() {
        return Map.of("bootstrap.servers", servers.kafka().bootstrapServers());
    }

    private void show(String label, long done, long total) {
        int width = 30;
        int filled = (int) (width * Math.min(1.0, done / (double) Math.max(1, total)));
        progress.printf("\r  %-22s [%s%s] %,d / %,d", label, "#".repeat(filled), " ".repeat(width - filled), done, total);
        progress.flush();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
