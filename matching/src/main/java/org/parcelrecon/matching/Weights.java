package org.parcelrecon.matching;

import java.util.List;

/**
 * The numbers that score a level vector under a model: the prior weight and, per comparison and level,
 * {@code log2(m/u)}; for term-frequency-adjusted exact levels, the feature whose value frequencies adjust the
 * weight. Immutable.
 */
final class Weights {
    private static final double LN2 = Math.log(2);

    final double prior;
    final double[][] level;
    /** Per comparison and level: the feature of a term-frequency-adjusted level, else null. */
    final Feature[][] tfFeature;
    final double[][] tfLog2U;
    final double[][] tfWeight;
    /** Per comparison and adjusted level: log2 of each value's relative frequency. */
    final double[][][] tfLog2Frequency;
    /** Per comparison and adjusted level: log2 of the relative frequency of a value seen once. */
    final double[][] tfLog2Once;
    /** Per comparison and level: the packed-row slot of an adjusted level's feature. */
    final int[][] tfSlot;

    Weights(LinkageModel model, CompiledComparison[] compiled) {
        List<Comparison> comparisons = model.comparisons();
        int n = comparisons.size();
        this.prior = model.priorWeight();
        this.level = new double[n][];
        this.tfFeature = new Feature[n][];
        this.tfLog2U = new double[n][];
        this.tfWeight = new double[n][];
        this.tfLog2Frequency = new double[n][][];
        this.tfLog2Once = new double[n][];
        this.tfSlot = new int[n][];
        for (int c = 0; c < n; c++) {
            List<ComparisonLevel> levels = comparisons.get(c).levels();
            int k = levels.size();
            level[c] = new double[k];
            tfFeature[c] = new Feature[k];
            tfLog2U[c] = new double[k];
            tfWeight[c] = new double[k];
            tfLog2Frequency[c] = new double[k][];
            tfLog2Once[c] = new double[k];
            tfSlot[c] = compiled[c].slots;
            for (int i = 0; i < k; i++) {
                ComparisonLevel l = levels.get(i);
                level[c][i] = l.matchWeight();
                if (l.tfAdjustment()) {
                    Feature f = compiled[c].features[i];
                    tfFeature[c][i] = f;
                    tfLog2U[c][i] = Math.log(l.u()) / LN2;
                    tfWeight[c][i] = l.tfAdjustmentWeight();
                    double[] lf = new double[f.values.length];
                    double total = Math.max(1, f.totalCount);
                    for (int v = 0; v < lf.length; v++) {
                        lf[v] = Math.log(Math.max(1, f.counts[v]) / total) / LN2;
                    }
                    tfLog2Frequency[c][i] = lf;
                    tfLog2Once[c][i] = Math.log(1 / total) / LN2;
                }
            }
        }
    }

    /**
     * The term-frequency part of comparison {@code c}'s weight at level {@code k} for the left record packed at
     * {@code lp[lBase ..]}. A value past the end of the dictionary (a record the index never saw) counts as seen
     * once, as it would had it been in the tables.
     */
    double termFrequency(int c, int k, int[] lp, int lBase) {
        Feature f = tfFeature[c][k];
        if (f == null) {
            return 0.0;
        }
        int v = lp[lBase + tfSlot[c][k]];
        if (v < 0) {
            return 0.0;
        }
        double[] lf = tfLog2Frequency[c][k];
        return tfWeight[c][k] * (tfLog2U[c][k] - (v < lf.length ? lf[v] : tfLog2Once[c][k]));
    }

    /** The match weight of a pair whose levels are in {@code levels}, the left record packed at {@code lp[lBase ..]}. */
    double score(byte[] levels, int[] lp, int lBase) {
        double w = prior;
        for (int c = 0; c < levels.length; c++) {
            int k = levels[c];
            w += level[c][k];
            if (tfFeature[c][k] != null) {
                w += termFrequency(c, k, lp, lBase);
            }
        }
        return w;
    }

    /** The match weight of a probability, {@code log2(p / (1 - p))}: -∞ at 0, +∞ at 1. */
    static double weightOf(double probability) {
        return probability <= 0 ? Double.NEGATIVE_INFINITY
                : probability >= 1 ? Double.POSITIVE_INFINITY
                : Math.log(probability / (1 - probability)) / Math.log(2);
    }

    /** {@code 2^w / (1 + 2^w)}, computed without overflow. */
    static double probability(double weight) {
        if (weight >= 0) {
            return 1.0 / (1.0 + Math.pow(2, -weight));
        }
        double b = Math.pow(2, weight);
        return b / (1.0 + b);
    }
}
