package io.wirefeed.enrich.dedupe;

import java.time.Instant;
import java.util.List;

/**
 * What duplicate detection remembers: the highest version seen of each id, the first dispatch of each exact
 * text, and the recent dispatches under each band key. In memory for {@code enrich-file}; state stores in
 * the Kafka Streams topology.
 */
public interface DedupeStore {

    /** The highest version seen of an id, and the story it belongs to. */
    record SeenVersion(int version, String story, Instant at) {
    }

    /** A dispatch as text comparison needs it. */
    record SeenText(String id, int version, String story, long[] signature, int shingles, Instant at) {
    }

    SeenVersion version(String id);

    void putVersion(String id, SeenVersion seen);

    SeenText exact(String hash);

    void putExact(String hash, SeenText seen);

    List<SeenText> band(String key);

    void putBand(String key, List<SeenText> seen);

    /** Forgets everything last seen before {@code cutoff}; returns how many entries went. */
    int forgetBefore(Instant cutoff);
}
