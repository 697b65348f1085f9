package org.parcelrecon.matching;

import java.util.Arrays;

/**
 * Counts of distinct comparison vectors ("patterns"), each packed into a {@code long} with 4 bits per comparison.
 * Expectation-maximisation then works on a few hundred patterns instead of millions of pairs. Not thread-safe:
 * one per worker, merged afterwards.
 */
final class PatternCounts {
    private final LongIntMap ids = new LongIntMap(256);
    private long[] patterns = new long[256];
    private double[] counts = new double[256];

    static long pack(byte[] levels) {
        long p = 0;
        for (int c = 0; c < levels.length; c++) {
            p |= ((long) levels[c]) << (4 * c);
        }
        return p;
    }

    static int level(long pattern, int comparison) {
        return (int) ((pattern >>> (4 * comparison)) & 0xF);
    }

    void add(long pattern, double count) {
        int id = ids.idOf(pattern);
        if (id == patterns.length) {
            patterns = Arrays.copyOf(patterns, id * 2);
            counts = Arrays.copyOf(counts, id * 2);
        }
        patterns[id] = pattern;
        counts[id] += count;
    }

    void addAll(PatternCounts other) {
        for (int i = 0; i < other.size(); i++) {
            add(other.patterns[i], other.counts[i]);
        }
    }

    int size() {
        return ids.size();
    }

    long pattern(int i) {
        return patterns[i];
    }

    double count(int i) {
        return counts[i];
    }

    double total() {
        double t = 0;
        for (int i = 0; i < size(); i++) {
            t += counts[i];
        }
        return t;
    }
}
