package io.wirefeed.enrich.dedupe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.wirefeed.schema.Dedupe;
import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EnrichedDispatch;
import io.wirefeed.schema.PubStatus;
import io.wirefeed.schema.Signal;
import org.apache.avro.Schema;

/**
 * Says how a dispatch relates to those seen before it and which story it belongs to:
 * <ul>
 * <li>the same id at a higher version is an UPDATE (a CORRECTION when the agency says so, a KILL when it
 *     withdraws the story); the same id at a lower or equal version, arriving late, is a DUPLICATE;</li>
 * <li>the same normalised text under another id is a DUPLICATE;</li>
 * <li>mostly the same text (a rewrite, another agency's copy: three-word shingles contained at least
 *     {@value #NEAR} in the other, estimated by MinHash) is a NEAR_DUPLICATE, or a CORRECTION when marked so;</li>
 * <li>anything else is UNIQUE and starts a story of its own.</li>
 * </ul>
 * What is older than the retention is forgotten.
 */
public final class Deduplicator {

    public static final double NEAR = 0.6;
    private static final int CANDIDATES_PER_BAND = 20;

    /** The verdict and the story the dispatch belongs to. */
    public record Decision(Dedupe dedupe, String story) {

        /** UNIQUE: the dispatch begins a story of its own. */
        public static Decision unique(String id) {
            return new Decision(verdict(DedupeVerdict.UNIQUE, null, null, null), id);
        }
    }

    private final DedupeStore store;
    private final Duration retention;

    public Deduplicator(DedupeStore store, Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    /** Forgets what is older than the retention, as of {@code now}; returns how many entries went. */
    public int forget(Instant now) {
        return store.forgetBefore(now.minus(retention));
    }

    /** The dispatch with its verdict and story set. */
    public EnrichedDispatch apply(EnrichedDispatch dispatch) {
        return apply(dispatch, fingerprint(dispatch));
    }

    /** The same, with the dispatch's {@link #fingerprint} already taken (it is most of the cost). */
    public EnrichedDispatch apply(EnrichedDispatch dispatch, TextFingerprint text) {
        return judged(dispatch, decide(arrival(dispatch), text));
    }

    /** What a dispatch's verdict depends on besides its text. */
    public static Arrival arrival(EnrichedDispatch dispatch) {
        return new Arrival(dispatch.getId(), dispatch.getVersion(), dispatch.getReceivedAt(),
            dispatch.getPubStatus() == PubStatus.CANCELED || dispatch.getSignals().contains(Signal.KILL),
            dispatch.getSignals().contains(Signal.CORRECTION));
    }

    /** The dispatch with the decision's verdict and story set. */
    public static EnrichedDispatch judged(EnrichedDispatch dispatch, Decision decision) {
        // A shallow copy: newBuilder(dispatch) would copy every list of entities and topics, for two fields.
        EnrichedDispatch judged = new EnrichedDispatch();
        for (Schema.Field field : EnrichedDispatch.getClassSchema().getFields()) {
            judged.put(field.pos(), dispatch.get(field.pos()));
        }
        judged.setDedupe(decision.dedupe());
        judged.setStory(decision.story());
        return judged;
    }

    /** What texts are compared by: headline, body and dateline. */
    public static TextFingerprint fingerprint(EnrichedDispatch dispatch) {
        String dateline = dispatch.getDateline() == null ? null : dispatch.getDateline().getText();
        return TextFingerprint.of(dispatch.getHeadline(), dispatch.getBody(), dateline);
    }

    /** What the verdict depends on besides the text. */
    public record Arrival(String id, int version, Instant receivedAt, boolean kill, boolean correction) {
    }

    public Decision decide(Arrival dispatch, TextFingerprint text) {
        Instant at = dispatch.receivedAt();
        String id = dispatch.id();
        DedupeStore.SeenVersion prior = live(store.version(id), at);
        boolean kill = dispatch.kill();
        if (prior != null) {
            if (dispatch.version() <= prior.version()) {
                return new Decision(verdict(DedupeVerdict.DUPLICATE, id, prior.version(), null), prior.story());
            }
            DedupeVerdict verdict = kill ? DedupeVerdict.KILL
                : dispatch.correction() ? DedupeVerdict.CORRECTION : DedupeVerdict.UPDATE;
            if (kill) {
                remember(dispatch, prior.story(), at);
            } else {
                remember(dispatch, text, prior.story(), at, bands(text));
            }
            return new Decision(verdict(verdict, id, prior.version(), null), prior.story());
        }
        if (kill) {
            remember(dispatch, id, at);
            return new Decision(verdict(DedupeVerdict.KILL, id, null, null), id);
        }
        DedupeStore.SeenText same = live(store.exact(text.exactHash()), at);
        if (same != null && !same.id().equals(id)) {
            // A copy adds no text to compare with: the first one stays the one later look-alikes point to.
            remember(dispatch, same.story(), at);
            return new Decision(verdict(DedupeVerdict.DUPLICATE, same.id(), same.version(), 1.0), same.story());
        }
        Map<String, List<DedupeStore.BandMember>> bands = bands(text);
        Match best = bestMatch(bands, text, id, at);
        if (best != null && best.score() >= NEAR) {
            DedupeVerdict verdict = dispatch.correction() ? DedupeVerdict.CORRECTION : DedupeVerdict.NEAR_DUPLICATE;
            DedupeStore.SeenText seen = best.seen();
            remember(dispatch, text, seen.story(), at, bands);
            return new Decision(verdict(verdict, seen.id(), seen.version(), Math.round(best.score() * 1000) / 1000.0),
                seen.story());
        }
        remember(dispatch, text, id, at, bands);
        return Decision.unique(id);
    }

    private record Match(DedupeStore.SeenText seen, double score) {
    }

    /**
     * The members of each of the text's band keys, in band order: read once for the search and for the update
     * after it.
     */
    private Map<String, List<DedupeStore.BandMember>> bands(TextFingerprint text) {
        Map<String, List<DedupeStore.BandMember>> bands = new LinkedHashMap<>();
        for (String key : text.bandKeys()) {
            bands.put(key, store.band(key));
        }
        return bands;
    }

    /** The most similar dispatch of another id among those sharing a band key with the text, or null. */
    private Match bestMatch(Map<String, List<DedupeStore.BandMember>> bands, TextFingerprint text, String id,
                            Instant at) {
        Set<String> candidates = new LinkedHashSet<>();
        for (List<DedupeStore.BandMember> band : bands.values()) {
            for (DedupeStore.BandMember member : band) {
                if (!member.id().equals(id) && !expired(member.at(), at)) {
                    candidates.add(member.id());
                }
            }
        }
        Match best = null;
        for (String candidateId : candidates) {
            DedupeStore.SeenText candidate = live(store.text(candidateId), at);
            if (candidate == null) {
                continue;
            }
            double score = text.containment(new TextFingerprint(null, candidate.signature(), candidate.shingles()));
            if (best == null || score > best.score()) {
                best = new Match(candidate, score);
            }
        }
        return best;
    }

    /** Remembers the version only: the text is not indexed (a kill, or a copy of a text indexed already). */
    private void remember(Arrival dispatch, String story, Instant at) {
        store.putVersion(dispatch.id(), new DedupeStore.SeenVersion(dispatch.version(), story, at));
    }

    /** Remembers the version and indexes the text, given the members of its band keys as they are now. */
    private void remember(Arrival dispatch, TextFingerprint text, String story, Instant at,
                          Map<String, List<DedupeStore.BandMember>> bands) {
        remember(dispatch, story, at);
        DedupeStore.SeenText seen = new DedupeStore.SeenText(dispatch.id(), dispatch.version(), story,
            text.signature(), text.shingles(), at);
        if (live(store.exact(text.exactHash()), at) == null) {
            store.putExact(text.exactHash(), seen);
        }
        store.putText(dispatch.id(), seen);
        for (Map.Entry<String, List<DedupeStore.BandMember>> members : bands.entrySet()) {
            List<DedupeStore.BandMember> band = new ArrayList<>(members.getValue());
            band.removeIf(old -> old.id().equals(dispatch.id()) || expired(old.at(), at));
            band.add(new DedupeStore.BandMember(dispatch.id(), at));
            if (band.size() > CANDIDATES_PER_BAND) {
                band.remove(0);
            }
            store.putBand(members.getKey(), band);
        }
    }

    private boolean expired(Instant seenAt, Instant now) {
        return Duration.between(seenAt, now).compareTo(retention) > 0;
    }

    private <T> T live(T seen, Instant now) {
        if (seen == null) {
            return null;
        }
        Instant at = seen instanceof DedupeStore.SeenVersion version ? version.at() : ((DedupeStore.SeenText) seen).at();
        return expired(at, now) ? null : seen;
    }

    private static Dedupe verdict(DedupeVerdict verdict, String of, Integer ofVersion, Double similarity) {
        return Dedupe.newBuilder().setVerdict(verdict).setOf(of).setOfVersion(ofVersion).setSimilarity(similarity)
            .build();
    }
}
