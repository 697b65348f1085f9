package org.parcelrecon.matching;

import org.parcelrecon.core.text.JaroWinkler;
import org.parcelrecon.matching.compare.Levenshtein;

/**
 * Per-worker buffers for scoring pairs: one per task, never shared between threads. Holds the comparators'
 * scratch space and a small direct-mapped cache of similarity outcomes: names repeat, so the same two values meet
 * again and again (Nguyễn against Trần), and a cache hit costs far less than Jaro-Winkler.
 */
final class Scratch {
    private static final int CACHE_BITS = 13;
    private static final int CACHE_MASK = (1 << CACHE_BITS) - 1;

    final JaroWinkler jaroWinkler = new JaroWinkler();
    final Levenshtein levenshtein = new Levenshtein();
    final byte[] levels;
    private final long[] cachedPairs = new long[1 << CACHE_BITS];
    private final int[] cachedLevels = new int[1 << CACHE_BITS];
    private final boolean[] cachedOutcomes = new boolean[1 << CACHE_BITS];

    /**
     * One record scored against a {@link LinkingIndex}: per packed-row slot, its value when the dictionary lacks it
     * (its id is then the dictionary's size), else null. Unused by batch linking.
     */
    private String[] queryValues = new String[0];
    private char[][] queryChars = new char[0][];

    Scratch(int comparisons) {
        this.levels = new byte[comparisons];
        java.util.Arrays.fill(cachedLevels, -1);
    }

    /** Forgets the previous record's unseen values and makes room for {@code slots} of them. */
    void clearQuery(int slots) {
        if (queryValues.length < slots) {
            queryValues = new String[slots];
            queryChars = new char[slots][];
        } else {
            java.util.Arrays.fill(queryValues, null);
            java.util.Arrays.fill(queryChars, null);
        }
    }

    /** Sets the value at {@code slot} of the record being scored, one its feature's dictionary lacks. */
    void setQueryValue(int slot, String value) {
        queryValues[slot] = value;
        queryChars[slot] = value.toCharArray();
    }

    /** The unseen value at {@code slot} of the record being scored. */
    String queryValue(int slot) {
        return queryValues[slot];
    }

    /** {@link #queryValue} as characters. */
    char[] queryChars(int slot) {
        return queryChars[slot];
    }

    /** The slot of a (level, value, value) triple in the cache. */
    static int slot(int level, int a, int b) {
        int h = (a * 0x9E3779B1) ^ (b * 0x85EBCA77) ^ (level * 0xC2B2AE3D);
        return (h ^ (h >>> 15)) & CACHE_MASK;
    }

    /** Whether the cache holds the outcome of {@code level} for values {@code a} and {@code b} at {@code slot}. */
    boolean cached(int slot, int level, int a, int b) {
        return cachedLevels[slot] == level && cachedPairs[slot] == (((long) a << 32) | (b & 0xFFFFFFFFL));
    }

    /** The cached outcome at {@code slot}; call only after {@link #cached} said yes. */
    boolean outcome(int slot) {
        return cachedOutcomes[slot];
    }

    /** Remembers an outcome, replacing whatever was at {@code slot}; returns it. */
    boolean remember(int slot, int level, int a, int b, boolean outcome) {
        cachedLevels[slot] = level;
        cachedPairs[slot] = ((long) a << 32) | (b & 0xFFFFFFFFL);
        cachedOutcomes[slot] = outcome;
        return outcome;
    }
}
