package io.wirefeed.enrich.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import io.wirefeed.enrich.text.NormalForm;

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
        String normalised = NormalForm.of(headline + " " + text);
        long[] shingles = shingles(normalised);
        long[] signature = new long[HASHES];
        long[] mixed = new long[shingles.length];
        for (int i = 0; i < HASHES; i++) {
            long seed = SEEDS[i];
            // Mixing every shingle first, then taking the least, is a loop the JIT can run on vector registers.
            for (int j = 0; j < shingles.length; j++) {
                mixed[j] = mix(shingles[j] ^ seed);
            }
            long min = Long.MAX_VALUE;
            for (long value : mixed) {
                min = Math.min(min, value);
            }
            signature[i] = min;
        }
        return new TextFingerprint(sha256(normalised), signature, shingles.length);
    }

    /**
     * The distinct hashes of a normalised text's three-word shingles, or of its words when it has fewer than
     * three. Words are separated by single spaces there, so a shingle is hashed in place, without building it.
     */
    private static long[] shingles(String normalised) {
        if (normalised.isEmpty()) {
            return new long[0];
        }
        int[] starts = new int[normalised.length() / 2 + 2];
        int words = 0;
        starts[words++] = 0;
        for (int i = normalised.indexOf(' '); i >= 0; i = normalised.indexOf(' ', i + 1)) {
            starts[words++] = i + 1;
        }
        starts[words] = normalised.length() + 1;
        int width = Math.min(3, words);
        int count = width == 3 ? words - 2 : words;
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(normalised, starts[i], starts[i + (width == 3 ? 3 : 1)] - 1);
        }
        return distinct(hashes);
    }

    private static long[] distinct(long[] hashes) {
        Arrays.sort(hashes);
        int kept = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[kept++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, kept);
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

    /** FNV-1a of the characters from {@code from} to {@code to}, mixed. */
    private static long hash(String text, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
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
