package io.wirefeed.enrich.stream;

import java.time.Instant;
import java.util.List;

import io.wirefeed.enrich.dedupe.DedupeStore;
import io.wirefeed.enrich.dedupe.SeenCodec;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** Dedupe state in three Kafka Streams key-value stores (RocksDB, changelogged, restored after a crash). */
final class StoreBackedDedupeStore implements DedupeStore {

    static final String VERSIONS = "dedupe-versions";
    static final String EXACT = "dedupe-exact";
    static final String BANDS = "dedupe-bands";

    private final KeyValueStore<String, byte[]> versions;
    private final KeyValueStore<String, byte[]> exact;
    private final KeyValueStore<String, byte[]> bands;

    StoreBackedDedupeStore(KeyValueStore<String, byte[]> versions, KeyValueStore<String, byte[]> exact,
                           KeyValueStore<String, byte[]> bands) {
        this.versions = versions;
        this.exact = exact;
        this.bands = bands;
    }

    @Override
    public SeenVersion version(String id) {
        byte[] bytes = versions.get(id);
        return bytes == null ? null : SeenCodec.version(bytes);
    }

    @Override
    public void putVersion(String id, SeenVersion seen) {
        versions.put(id, SeenCodec.version(seen));
    }

    @Override
    public SeenText exact(String hash) {
        byte[] bytes = exact.get(hash);
        return bytes == null ? null : SeenCodec.texts(bytes).get(0);
    }

    @Override
    public void putExact(String hash, SeenText seen) {
        exact.put(hash, SeenCodec.texts(List.of(seen)));
    }

    @Override
    public List<SeenText> band(String key) {
        byte[] bytes = bands.get(key);
        return bytes == null ? List.of() : SeenCodec.texts(bytes);
    }

    @Override
    public void putBand(String key, List<SeenText> seen) {
        bands.put(key, SeenCodec.texts(seen));
    }

    @Override
    public int forgetBefore(Instant cutoff) {
        int forgotten = 0;
        try (KeyValueIterator<String, byte[]> all = versions.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                if (SeenCodec.version(entry.value).at().isBefore(cutoff)) {
                    versions.delete(entry.key);
                    forgotten++;
                }
            }
        }
        forgotten += forgetTexts(exact, cutoff);
        return forgotten + forgetTexts(bands, cutoff);
    }

    private static int forgetTexts(KeyValueStore<String, byte[]> store, Instant cutoff) {
        int forgotten = 0;
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                List<SeenText> seen = SeenCodec.texts(entry.value);
                List<SeenText> live = seen.stream().filter(text -> !text.at().isBefore(cutoff)).toList();
                if (live.isEmpty()) {
                    store.delete(entry.key);
                    forgotten++;
                } else if (live.size() < seen.size()) {
                    store.put(entry.key, SeenCodec.texts(live));
                }
            }
        }
        return forgotten;
    }
}
