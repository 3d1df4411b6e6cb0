package io.wirefeed.enrich.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Holds each judged dispatch whose embargo has not ended, and releases it when it ends; forwards every other one as it
 * comes. Held dispatches wait in a store keyed by the embargo's end, then the receipt time, then the dispatch id
 * ({@link EmbargoKey}), so a range scan finds those due in the order they are due; a second store finds a dispatch
 * id's held version. A check every second (wall-clock time) releases at most a batch of them, so a backlog (after a
 * long stop, say) never holds the stream thread; the rest go out at the next checks, still in order.
 * <p>
 * One version of a dispatch id is held at a time. A later version replaces it: published at once when its own
 * embargo is over or absent (the embargo lifted), held until its own time otherwise (moved); a kill drops it and is
 * published at once when an earlier version of the dispatch was (it retracts that one); when none was (every
 * version so far held), the kill goes with the held version and nothing is published: there is nothing to retract,
 * and the kill would reveal the story before its embargo. A version no later than the one held (a re-send) is not
 * published: the held one stands for it. Released records carry the time of their release as their timestamp (the
 * value keeps the embargo's end) and no headers. Exactly-once: the release, the stores' changes and the offsets commit in one
 * transaction, so a crash or a rebalance neither loses nor repeats a release.
 */
final class EmbargoProcessor implements Processor<String, EnrichedDispatch, String, EnrichedDispatch> {

    /**
     * The stores' names: "embargo-held" and "embargo-by-dispatch" until 2026-12-07, when the step moved from the one
     * dedupe partition to every input partition's task (a store's changelog has a partition per task).
     */
    static final String HELD = "embargoed";
    static final String BY_DISPATCH = "embargoed-by-dispatch";
    /** How often held dispatches are checked: a dispatch is released at most this long after its embargo ends. */
    static final Duration CHECK = Duration.ofSeconds(1);

    private final int batch;
    private final EnrichMetrics metrics;
    private final Clock clock;
    private ProcessorContext<String, EnrichedDispatch> context;
    private KeyValueStore<Bytes, EnrichedDispatch> held;
    private KeyValueStore<String, Bytes> byDispatch;
    private String task;
    private long count;
    /** The check this processor scheduled: Kafka Streams keeps it when it suspends or revives the task. */
    private Cancellable checks;
    /**
     * The key released last, where the next range scan starts, so that it does not walk the deletes of what was
     * released before it (RocksDB skips a delete only by reading it); every key held is after it. None after init, nor
     * once a dispatch is held before it (the clock moved back).
     */
    private Bytes releasedUpTo;

    EmbargoProcessor(int batch, EnrichMetrics metrics, Clock clock) {
        if (batch < 1) {
            throw new IllegalArgumentException("a release must let one dispatch out at least, not " + batch);
        }
        this.batch = batch;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Whether a dispatch is to be held at {@code now}: its embargo ends later, and it is no kill. */
    static boolean embargoed(EnrichedDispatch dispatch, Instant now) {
        return dispatch.getEmbargoedUntil() != null && dispatch.getEmbargoedUntil().isAfter(now)
            && dispatch.getDedupe().getVerdict() != DedupeVerdict.KILL;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedDispatch> context) {
        this.context = context;
        this.held = context.getStateStore(HELD);
        this.byDispatch = context.getStateStore(BY_DISPATCH);
        this.task = context.taskId().toString();
        // Restored from the changelog before init; embargoes are few, and counted afresh at each init (Kafka Streams
        // calls init again on this processor when it revives or resumes the task).
        long n = 0;
        try (KeyValueIterator<String, Bytes> all = byDispatch.all()) {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        }
        count = n;
        releasedUpTo = null;
        metrics.held(task, count);
        cancelChecks();
        checks = context.schedule(CHECK, PunctuationType.WALL_CLOCK_TIME, now -> release());
    }

    @Override
    public void process(Record<String, EnrichedDispatch> record) {
        EnrichedDispatch dispatch = record.value();
        Bytes entry = byDispatch.get(dispatch.getId());
        Bytes heldKey = entry == null ? null : heldKey(entry);
        EnrichedDispatch waiting = heldKey == null ? null : held.get(heldKey);
        // Whether an earlier version of this id was published: the held one's answer, if one is held; otherwise
        // whether this one follows a version of its own id (that one went out, or it would be held).
        boolean shown = waiting != null ? shownBefore(entry) : dispatch.getId().equals(dispatch.getDedupe().getOf());
        if (waiting != null) {
            if (dispatch.getVersion() <= waiting.getVersion()) {
                metrics.dropped(EnrichMetrics.EmbargoDrop.RESENT);
                return;
            }
            remove(dispatch.getId(), heldKey);
            boolean kill = dispatch.getDedupe().getVerdict() == DedupeVerdict.KILL;
            metrics.dropped(kill ? EnrichMetrics.EmbargoDrop.KILLED : EnrichMetrics.EmbargoDrop.REPLACED);
            if (kill && !shown) {
                // Nothing of the story was ever public, so there is nothing to retract; the kill would reveal it
                // before its embargo. It goes with the held version.
                metrics.held(task, count);
                return;
            }
        }
        if (embargoed(dispatch, clock.instant())) {
            Bytes key = EmbargoKey.of(dispatch.getEmbargoedUntil(), dispatch.getReceivedAt(), dispatch.getId());
            held.put(key, dispatch);
            byDispatch.put(dispatch.getId(), entry(key, shown));
            if (releasedUpTo != null && key.compareTo(releasedUpTo) < 0) {
                releasedUpTo = null;
            }
            count++;
        } else {
            context.forward(record);
        }
        metrics.held(task, count);
    }

    /**
     * Releases the dispatches due now, at most a batch, in the order they are due, each stamped with the time of its
     * release: downstream (the trends' windows, which have no grace) it is a record that arrives now, however long
     * ago its embargo ended (after a stop, say).
     */
    private void release() {
        long now = clock.millis();
        Bytes to = EmbargoKey.dueBy(now);
        if (releasedUpTo != null && to != null && releasedUpTo.compareTo(to) > 0) {
            return;    // the clock moved back: nothing is due that was not released already
        }
        List<KeyValue<Bytes, EnrichedDispatch>> due = new ArrayList<>();
        try (KeyValueIterator<Bytes, EnrichedDispatch> entries = held.range(releasedUpTo, to)) {
            while (due.size() < batch && entries.hasNext()) {
                due.add(entries.next());
            }
        }
        for (KeyValue<Bytes, EnrichedDispatch> entry : due) {
            EnrichedDispatch dispatch = entry.value;
            context.forward(new Record<>(dispatch.getStory(), dispatch, now));
            remove(dispatch.getId(), entry.key);
            metrics.released();
            releasedUpTo = entry.key;
        }
        metrics.held(task, count);
    }

    /** A dispatch id's entry: whether an earlier version of it was published, then its held version's key. */
    private static Bytes entry(Bytes heldKey, boolean shownBefore) {
        byte[] key = heldKey.get();
        byte[] entry = new byte[key.length + 1];
        entry[0] = (byte) (shownBefore ? 1 : 0);
        System.arraycopy(key, 0, entry, 1, key.length);
        return Bytes.wrap(entry);
    }

    private static Bytes heldKey(Bytes entry) {
        return Bytes.wrap(Arrays.copyOfRange(entry.get(), 1, entry.get().length));
    }

    private static boolean shownBefore(Bytes entry) {
        return entry.get()[0] != 0;
    }

    private void remove(String id, Bytes heldKey) {
        held.delete(heldKey);
        byDispatch.delete(id);
        count--;
    }

    @Override
    public void close() {
        cancelChecks();
        metrics.heldElsewhere(task);
    }

    private void cancelChecks() {
        if (checks != null) {
            checks.cancel();
            checks = null;
        }
    }
}
