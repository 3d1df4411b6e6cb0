package io.wirefeed.enrich.entity;

import java.util.Map;

/**
 * A name model's weights by the 64-bit hash of each feature's name (FNV-1a over its characters), in one open
 * addressing table. A feature is hashed in parts as it is read ("p1=", then "of") and hashes as its whole name
 * would, so the model is looked up with no string built and none compared. Two of the model's own features with the
 * same hash would be a wrong weight, so building the table refuses them; an unknown feature taken for a known one
 * is as unlikely as a 63-bit collision.
 */
final class FeatureTable {

    /** The hash of no characters, to start from. */
    static final long EMPTY = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;
    /** A slot's key is its feature's hash with the lowest bit set, so no key is this: it marks a free slot. */
    private static final long FREE = 0;

    private final long[] keys;
    /** Each slot's weights, {@code outcomes} per slot. */
    private final float[] weights;
    private final int outcomes;
    private final int mask;
    private final int shift;

    FeatureTable(Map<String, float[]> byName) {
        outcomes = NameModel.OUTCOMES.size();
        int capacity = Integer.highestOneBit(Math.max(4, byName.size() * 2 - 1)) << 1;
        keys = new long[capacity];
        weights = new float[capacity * outcomes];
        mask = capacity - 1;
        shift = Long.numberOfLeadingZeros(mask);
        byName.forEach((name, weight) -> put(hash(EMPTY, name), weight, name));
    }

    /** Adds a feature's weights to {@code score}; an unknown feature adds none. */
    void addWeights(long hash, float[] score) {
        long key = hash | 1;
        for (int slot = slot(key); keys[slot] != FREE; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                int from = slot * outcomes;
                for (int i = 0; i < outcomes; i++) {
                    score[i] += weights[from + i];
                }
                return;
            }
        }
    }

    private void put(long hash, float[] weight, String name) {
        long key = hash | 1;
        int slot = slot(key);
        while (keys[slot] != FREE) {
            if (keys[slot] == key) {
                throw new IllegalArgumentException("Two features of the name model hash alike, one of them " + name);
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        System.arraycopy(weight, 0, weights, slot * outcomes, outcomes);
    }

    /** Fibonacci hashing: the top bits of the key times the golden ratio, which every bit of the key moves. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** {@code h} continued over the characters of {@code text}. */
    static long hash(long h, String text) {
        long hash = h;
        for (int i = 0; i < text.length(); i++) {
            hash = hash(hash, text.charAt(i));
        }
        return hash;
    }

    /** {@code h} continued over one character. */
    static long hash(long h, char c) {
        return (h ^ c) * PRIME;
    }
}
