package io.wirefeed.enrich.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.wirefeed.enrich.topic.TopicClassifier;

/**
 * What duplicate detection compares: the normalised text (headline and body, dateline taken off so that
 * stories sharing a dateline do not look alike), its exact hash, and a MinHash signature of its three-word
 * shingles with locality-sensitive band keys. Two texts share a band key only when a band of their
 * signatures agrees, which is likely when their shingles overlap much and unlikely otherwise; so the cost of
 * finding look-alikes does not grow with the number of texts seen.
 */
public record TextFingerprint(String exactHash, long[] signature, int shingles) {

    public static final int HASHES = 64;
    public static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }

    public static TextFingerprint of(String headline, String body, String datelineText) {
        String text = body;
        if (datelineText != null && !datelineText.isEmpty() && text.startsWith(datelineText)) {
            text = text.substring(datelineText.length());
        }
        String normalised = TopicClassifier.normalise(headline + " " + text);
        String[] words = normalised.isEmpty() ? new String[0] : normalised.split(" ");
        Set<Long> shingles = new LinkedHashSet<>();
        for (int i = 0; i + 3 <= words.length; i++) {
            shingles.add(hash(words[i] + " " + words[i + 1] + " " + words[i + 2]));
        }
        if (shingles.isEmpty()) {
            Arrays.stream(words).forEach(word -> shingles.add(hash(word)));
        }
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                signature[i] = Math.min(signature[i], mix(shingle ^ SEEDS[i]));
            }
        }
        return new TextFingerprint(sha256(normalised), signature, shingles.size());
    }

    /** The band keys: one per band of the signature, the band's index and its rows hashed together. */
    public List<String> bandKeys() {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + signature[band * ROWS + row]);
            }
            keys.add(band + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public double jaccard(TextFingerprint other) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == other.signature[i]) {
                same++;
            }
        }
        return (double) same / HASHES;
    }

    /**
     * Estimated share of the smaller text that the other one contains: a rewrite that adds a paragraph keeps
     * all of the original, though their Jaccard similarity drops.
     */
    public double containment(TextFingerprint other) {
        double jaccard = jaccard(other);
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) {
            return 0;
        }
        return Math.min(1.0, jaccard * (shingles + other.shingles) / ((1 + jaccard) * smaller));
    }

    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
