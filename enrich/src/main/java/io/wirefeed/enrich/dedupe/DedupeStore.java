package io.wirefeed.enrich.dedupe;

import java.time.Instant;
import java.util.List;

/**
 * What duplicate detection remembers: the highest version seen of each id, the first dispatch of each exact
 * text, the text of each id, and the recent ids under each band key (ids only: the texts are kept once, so a
 * band costs a few bytes per member, not a signature). In memory for {@code enrich-file}; state stores in the
 * Kafka Streams topology.
 */
public interface DedupeStore {

    /** The highest version seen of an id, and the story it belongs to. */
    record SeenVersion(int version, String story, Instant at) {
    }

    /** A dispatch as text comparison needs it. */
    record SeenText(String id, int version, String story, long[] signature, int shingles, Instant at) {
    }

    /** An id under a band key, and when it was seen. */
    record BandMember(String id, Instant at) {
    }

    SeenVersion version(String id);

    void putVersion(String id, SeenVersion seen);

    SeenText exact(String hash);

    void putExact(String hash, SeenText seen);

    SeenText text(String id);

    void putText(String id, SeenText seen);

    List<BandMember> band(String key);

    void putBand(String key, List<BandMember> members);

    /** Forgets everything last seen before {@code cutoff}; returns how many entries went. */
    int forgetBefore(Instant cutoff);
}
