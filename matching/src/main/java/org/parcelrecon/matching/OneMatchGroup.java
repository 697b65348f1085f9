package org.parcelrecon.matching;

import java.util.List;

/**
 * The candidates of one left record, renormalised to share at most one match ({@link Linker#withOneMatchPerLeft()}):
 * with {@code o = 2^w}, candidate {@code i}'s weight becomes {@code w_i - log2(κ + Σ_{j≠i} o_j)}, κ the odds that
 * none of the candidates is the match ({@link Engine#noMatchWeight()}; 1 when not estimated). Shared by batch
 * linking and {@link LinkingIndex}, so both give the same numbers. Reusable, not thread-safe.
 */
final class OneMatchGroup {
    private final int comparisons;
    private final double none;
    private int size;
    private int[] rights = new int[16];
    private double[] weights = new double[16];
    private byte[] levels;
    private double[] suffix = new double[17];

    OneMatchGroup(int comparisons, double noMatchWeight) {
        this.comparisons = comparisons;
        this.none = Math.pow(2, noMatchWeight);
        this.levels = new byte[16 * comparisons];
    }

    /** Starts the next left record. */
    void clear() {
        size = 0;
    }

    /** Adds a candidate with its own weight and levels (copied). */
    void add(int right, double weight, byte[] pairLevels) {
        if (size == rights.length) {
            rights = java.util.Arrays.copyOf(rights, size * 2);
            weights = java.util.Arrays.copyOf(weights, size * 2);
            levels = java.util.Arrays.copyOf(levels, size * 2 * comparisons);
            suffix = new double[size * 2 + 1];
        }
        rights[size] = right;
        weights[size] = weight;
        System.arraycopy(pairLevels, 0, levels, size * comparisons, comparisons);
        size++;
    }

    /**
     * Adds to {@code out} the candidates of left row {@code l} whose renormalised weight is at least
     * {@code minWeight}, in the order they were added.
     */
    void emit(int l, String leftId, String[] rightIds, double minWeight, List<ScoredPair> out) {
        // odds of the others, from prefix and suffix sums, so that a dominant candidate does not swamp them
        suffix[size] = 0;
        for (int i = size - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + Math.pow(2, weights[i]);
        }
        double prefix = 0;
        for (int i = 0; i < size; i++) {
            double others = prefix + suffix[i + 1];
            double weight = weights[i] - (none == 1 ? Math.log1p(others) : Math.log(none + others)) / Math.log(2);
            prefix += Math.pow(2, weights[i]);
            if (weight >= minWeight) {
                byte[] b = java.util.Arrays.copyOfRange(levels, i * comparisons, (i + 1) * comparisons);
                out.add(new ScoredPair(l, rights[i], leftId, rightIds[rights[i]], weight, b));
            }
        }
    }
}
