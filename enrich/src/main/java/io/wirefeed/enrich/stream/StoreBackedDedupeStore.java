package io.wirefeed.enrich.stream;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wirefeed.enrich.dedupe.DedupeStore;
import io.wirefeed.enrich.dedupe.SeenCodec;
import org.apache.kafka.streams.state.KeyValueStore;

/** Dedupe state in three Kafka Streams key-value stores (RocksDB, changelogged, restored after a crash). */
final class StoreBackedDedupeStore implements DedupeStore {

    static final String VERSIONS = "dedupe-versions";
    static final String EXACT = "dedupe-exact";
    static final String BANDS = "dedupe-bands";
    static final String TEXTS = "dedupe-texts";
    /**
     * Decoded texts kept of the most recently written or read ids: the near-duplicate search reads the same
     * candidates (the latest members of each band) for dispatch after dispatch. Written through; it lives as long
     * as the processor, which Kafka Streams initialises again whenever the task's stores are restored. About
     * 0.7 KB each (the signature is most of it).
     */
    private static final int RECENT_TEXTS = 10_000;
    /**
     * Decoded members of the most recently written or read band keys (the bands of the last thousand texts or
     * so; at most 20 members each), written through like the texts. Their ids are then the very strings the
     * texts are cached under, which the search looks up some hundred times per dispatch.
     */
    private static final int RECENT_BANDS = 16_000;

    private final KeyValueStore<String, byte[]> versions;
    private final KeyValueStore<String, byte[]> exact;
    private final KeyValueStore<String, byte[]> bands;
    private final KeyValueStore<String, byte[]> texts;
    private final Map<String, SeenText> recentTexts = recent(RECENT_TEXTS);
    private final Map<String, List<BandMember>> recentBands = recent(RECENT_BANDS);

    StoreBackedDedupeStore(KeyValueStore<String, byte[]> versions, KeyValueStore<String, byte[]> exact,
                           KeyValueStore<String, byte[]> bands, KeyValueStore<String, byte[]> texts) {
        this.versions = versions;
        this.exact = exact;
        this.bands = bands;
        this.texts = texts;
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
    public SeenText text(String id) {
        SeenText seen = recentTexts.get(id);
        if (seen == null) {
            byte[] bytes = texts.get(id);
            if (bytes == null) {
                return null;
            }
            seen = SeenCodec.texts(bytes).get(0);
            recentTexts.put(id, seen);
        }
        return seen;
    }

    @Override
    public void putText(String id, SeenText seen) {
        texts.put(id, SeenCodec.texts(List.of(seen)));
        recentTexts.put(id, seen);
    }

    @Override
    public List<BandMember> band(String key) {
        List<BandMember> members = recentBands.get(key);
        if (members == null) {
            byte[] bytes = bands.get(key);
            members = bytes == null ? List.of() : SeenCodec.members(bytes);
            recentBands.put(key, members);
        }
        return members;
    }

    @Override
    public void putBand(String key, List<BandMember> members) {
        bands.put(key, SeenCodec.members(members));
        recentBands.put(key, List.copyOf(members));
    }

    /** Forgets what was seen before the cutoff, in one go. */
    @Override
    public int forgetBefore(Instant cutoff) {
        return sweep(Integer.MAX_VALUE).all(cutoff);
    }

    /**
     * A sweep of these stores that looks at no more than {@code perStep} entries per step; the memory of a text or
     * band it changes is dropped with it.
     */
    RetentionSweep sweep(int perStep) {
        RetentionSweep.Pruner seenTexts = RetentionSweep.seenAt(SeenCodec::texts, SeenCodec::texts, SeenText::at);
        return new RetentionSweep(List.of(
            new RetentionSweep.Swept(versions, (value, cutoff) -> SeenCodec.version(value).at().isBefore(cutoff) ? null
                : value, key -> { }),
            new RetentionSweep.Swept(exact, seenTexts, key -> { }),
            new RetentionSweep.Swept(texts, seenTexts, recentTexts::remove),
            new RetentionSweep.Swept(bands, RetentionSweep.seenAt(SeenCodec::members, SeenCodec::members,
                BandMember::at), recentBands::remove)), perStep);
    }

    /** At most {@code capacity} entries, the oldest written first out; no lock: only the task's thread uses it. */
    private static <V> Map<String, V> recent(int capacity) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
