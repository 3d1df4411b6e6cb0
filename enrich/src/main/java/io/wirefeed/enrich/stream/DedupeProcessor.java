package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import io.wirefeed.enrich.dedupe.Deduplicator;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versions and duplicates, on the one partition every described dispatch is sent to, so that look-alikes
 * published under different keys (and so in different input partitions) meet. With no grace, each is judged
 * as it arrives. Dispatches from different partitions can arrive out of receipt order, so with a grace each
 * first waits in a reorder buffer (a changelogged store) for that long, then is judged in the order ingest
 * received them: the earlier of two look-alikes is the one the other points to. It reads and writes no dispatch
 * whole: each comes as a {@link DescribedArrival} and leaves as a {@link Ruling} (the verdict and the story: the id
 * of the dispatch that began its story cluster), keyed by its id, for the task where the dispatch is parked. A
 * traced dispatch ({@link StageTimeHeaders}) judged as it arrives keeps its trace, stamped with the time this step
 * picked it up; other records leave with no headers.
 */
final class DedupeProcessor implements Processor<String, DescribedArrival, String, Ruling> {

    private static final Logger LOG = LoggerFactory.getLogger(DedupeProcessor.class);

    /** The reorder buffer ("dedupe-reorder-buffer" held whole dispatches until 2026-12-07). */
    static final String BUFFER = "dedupe-reorder-arrivals";
    /** How often the reorder buffer, while it holds dispatches, releases what has waited the grace. */
    static final Duration PUNCTUATION = Duration.ofMillis(50);
    /** How often a retention sweep starts, and how often a sweep under way goes on, a bounded step at a time. */
    static final Duration SWEEP = Duration.ofHours(1);
    static final Duration SWEEP_STEP = Duration.ofSeconds(1);
    /** Entries a sweep step looks at: some milliseconds of the stream thread's time. */
    static final int SWEEP_ENTRIES = 5_000;

    private final Duration retention;
    private final Duration grace;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, Ruling> context;
    private Deduplicator deduplicator;
    private KeyValueStore<String, DescribedArrival> buffer;
    private RetentionSweep sweep;
    /**
     * The punctuations this processor scheduled: Kafka Streams keeps them across a suspension or a revival, when it
     * calls {@link #close} and then {@link #init} again on the same processor, so close cancels them. The reorder
     * buffer's and the sweep's steps are null while they have nothing to do.
     */
    private Cancellable hourlySweeps;
    private Cancellable releases;
    private Cancellable sweepSteps;

    DedupeProcessor(Duration retention, Duration grace, EnrichMetrics metrics, Clock clock) {
        this.retention = retention;
        this.grace = grace;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Ruling> context) {
        this.context = context;
        StoreBackedDedupeStore seen = new StoreBackedDedupeStore(context.getStateStore(StoreBackedDedupeStore.VERSIONS),
            context.getStateStore(StoreBackedDedupeStore.EXACT), context.getStateStore(StoreBackedDedupeStore.BANDS),
            context.getStateStore(StoreBackedDedupeStore.TEXTS));
        this.deduplicator = new Deduplicator(seen, retention);
        this.buffer = context.getStateStore(BUFFER);
        this.sweep = seen.sweep(SWEEP_ENTRIES);
        cancelPunctuations();
        // Kafka Streams commits a task after each punctuation, a transaction under exactly-once: so a punctuation is
        // scheduled only while it has work, or an idle task would commit a transaction each time its thread looks.
        // The buffer may hold dispatches from before a restart, also when the grace has been set to zero since.
        if (!empty(buffer)) {
            scheduleReleases();
        }
        // What is past the retention is only ignored until a sweep deletes it from the stores: one starts every
        // hour, and goes on a step a second until it is through.
        hourlySweeps = context.schedule(SWEEP, PunctuationType.WALL_CLOCK_TIME, now -> {
            sweep.start(clock.instant().minus(retention));
            sweepStep();
            if (sweep.inProgress() && sweepSteps == null) {
                sweepSteps = context.schedule(SWEEP_STEP, PunctuationType.WALL_CLOCK_TIME, then -> sweepStep());
            }
        });
    }

    private void scheduleReleases() {
        releases = context.schedule(PUNCTUATION, PunctuationType.WALL_CLOCK_TIME, now -> release());
    }

    private static boolean empty(KeyValueStore<String, DescribedArrival> store) {
        try (KeyValueIterator<String, DescribedArrival> entries = store.all()) {
            return !entries.hasNext();
        }
    }

    @Override
    public void close() {
        cancelPunctuations();
    }

    private void cancelPunctuations() {
        for (Cancellable punctuation : new Cancellable[] {hourlySweeps, releases, sweepSteps}) {
            if (punctuation != null) {
                punctuation.cancel();
            }
        }
        hourlySweeps = null;
        releases = null;
        sweepSteps = null;
    }

    private void sweepStep() {
        sweep.step();
        if (!sweep.inProgress() && sweepSteps != null) {
            sweepSteps.cancel();
            sweepSteps = null;
        }
    }

    @Override
    public void process(Record<String, DescribedArrival> record) {
        if (grace.isZero()) {
            if (releases != null) {
                release();    // what waited from before a restart was received first, so it is judged first
            }
            Headers trace = StageTimeHeaders.traced(record.headers())
                ? StageTimeHeaders.stamped(StageTimeHeaders.traceOnly(record.headers()), StageTimeHeaders.JUDGE,
                    clock.instant())
                : new RecordHeaders();
            judge(record.value(), trace);
            return;
        }
        // Ordered by receipt time; the repartition offset keeps two copies received in the same millisecond apart.
        String key = String.format(Locale.ROOT, "%015d|%d|%019d", record.value().arrival().receivedAt().toEpochMilli(),
            context.recordMetadata().map(m -> m.partition()).orElse(0),
            context.recordMetadata().map(m -> m.offset()).orElse(0L));
        buffer.put(key, record.value());
        if (releases == null) {
            scheduleReleases();
        }
    }

    private void release() {
        long until = clock.millis() - grace.toMillis();
        String last = String.format(Locale.ROOT, "%015d|", until + 1);
        boolean waiting = false;
        // One pass in key order: what is due, then whether anything is left to wait
        try (KeyValueIterator<String, DescribedArrival> entries = buffer.all()) {
            while (entries.hasNext()) {
                KeyValue<String, DescribedArrival> entry = entries.next();
                if (entry.key.compareTo(last) >= 0) {
                    waiting = true;
                    break;
                }
                judge(entry.value, new RecordHeaders());
                buffer.delete(entry.key);
            }
        }
        if (!waiting && releases != null) {
            releases.cancel();
            releases = null;
        }
    }

    /** Judges a dispatch and forwards its ruling; {@code headers}: a traced dispatch's trace, otherwise none. */
    private void judge(DescribedArrival described, Headers headers) {
        String id = described.arrival().id();
        Deduplicator.Decision decision;
        try {
            decision = deduplicator.decide(described.arrival(), described.text());
        } catch (StreamsException | InterruptException e) {
            throw e;    // a store that cannot be read or written, or a stop: the thread fails, the record is read again
        } catch (RuntimeException e) {
            // Its dispatch waits in another task for this ruling: with none, it would stay parked for ever. Better
            // published as a story of its own than not at all; the counter says that dedupe is failing.
            metrics.unjudged();
            LOG.error("The dedupe step could not judge {} (received {}); ruled UNIQUE, its own story", id,
                described.arrival().receivedAt(), e);
            decision = Deduplicator.Decision.unique(id);
        }
        context.forward(new Record<>(id, new Ruling(id, decision, described.parking()),
            described.arrival().receivedAt().toEpochMilli(), headers));
    }
}
