package io.wirefeed.enrich.stream;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Deletes from the dedupe stores what was last seen before a cutoff (the deduplicator already ignores it; the sweep
 * gives the space back). A pass goes through the stores in turn, looking at no more than a given number of entries
 * per {@link #step()} and resuming after the last key it looked at on the next one, so that stores of a week of
 * dispatches (millions of entries) never hold the stream thread for long. Only the task's thread uses it.
 */
final class RetentionSweep {

    /** What an entry keeps of its value as of a cutoff: null for nothing, the same array when all of it. */
    interface Pruner {
        byte[] keep(byte[] value, Instant cutoff);
    }

    /** A swept store, how its entries are pruned, and who to tell of a key changed or deleted (a cache). */
    record Swept(KeyValueStore<String, byte[]> store, Pruner pruner, Consumer<String> changed) {
    }

    private final List<Swept> stores;
    private final int perStep;
    private Instant cutoff;
    private int current;
    private String lastKey;

    RetentionSweep(List<Swept> stores, int perStep) {
        if (perStep < 1) {
            throw new IllegalArgumentException("a step must look at one entry at least, not " + perStep);
        }
        this.stores = List.copyOf(stores);
        this.perStep = perStep;
    }

    /**
     * A pruner of values that are lists of things seen at some time: those seen before the cutoff go, and the
     * entry with them when none is left.
     */
    static <T> Pruner seenAt(Function<byte[], List<T>> decode, Function<List<T>, byte[]> encode,
                             Function<T, Instant> at) {
        return (value, cutoff) -> {
            List<T> seen = decode.apply(value);
            List<T> live = seen.stream().filter(item -> !at.apply(item).isBefore(cutoff)).toList();
            if (live.isEmpty()) {
                return null;
            }
            return live.size() == seen.size() ? value : encode.apply(live);
        };
    }

    /** Starts a pass with this cutoff; a pass under way goes on from where it is, with the later cutoff. */
    void start(Instant cutoff) {
        this.cutoff = cutoff;
    }

    boolean inProgress() {
        return cutoff != null;
    }

    /** Looks at the next entries of the pass under way, at most the number per step; returns how many it deleted. */
    int step() {
        int deleted = 0;
        int left = perStep;
        while (cutoff != null && left > 0) {
            Swept swept = stores.get(current);
            int looked = 0;
            boolean exhausted;
            // From the last key looked at (a null bound is the start of the store), which is skipped.
            try (KeyValueIterator<String, byte[]> entries = swept.store().range(lastKey, null)) {
                while (looked < left && entries.hasNext()) {
                    KeyValue<String, byte[]> entry = entries.next();
                    if (entry.key.equals(lastKey)) {
                        continue;
                    }
                    looked++;
                    lastKey = entry.key;
                    deleted += prune(swept, entry) ? 1 : 0;
                }
                exhausted = !entries.hasNext();
            }
            left -= looked;
            if (exhausted) {
                nextStore();
            }
        }
        return deleted;
    }

    /** Sweeps the whole of a pass at once; returns how many entries it deleted. */
    int all(Instant cutoff) {
        start(cutoff);
        int deleted = 0;
        while (inProgress()) {
            deleted += step();
        }
        return deleted;
    }

    private boolean prune(Swept swept, KeyValue<String, byte[]> entry) {
        byte[] kept = swept.pruner().keep(entry.value, cutoff);
        if (kept == entry.value) {
            return false;
        }
        swept.changed().accept(entry.key);
        if (kept == null) {
            swept.store().delete(entry.key);
            return true;
        }
        swept.store().put(entry.key, kept);
        return false;
    }

    private void nextStore() {
        lastKey = null;
        current++;
        if (current == stores.size()) {
            current = 0;
            cutoff = null;
        }
    }
}
