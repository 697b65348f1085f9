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
    /** Per comparison: the level with term-frequency adjustment, or -1. */
    final int[] tfLevel;
    final Feature[] tfFeature;
    final double[] tfLog2U;
    final double[] tfWeight;
    /** Per comparison with adjustment: log2 of each value's relative frequency. */
    final double[][] tfLog2Frequency;

    Weights(LinkageModel model, CompiledComparison[] compiled) {
        List<Comparison> comparisons = model.comparisons();
        int n = comparisons.size();
        this.prior = model.priorWeight();
        this.level = new double[n][];
        this.tfLevel = new int[n];
        this.tfFeature = new Feature[n];
        this.tfLog2U = new double[n];
        this.tfWeight = new double[n];
        this.tfLog2Frequency = new double[n][];
        for (int c = 0; c < n; c++) {
            List<ComparisonLevel> levels = comparisons.get(c).levels();
            level[c] = new double[levels.size()];
            tfLevel[c] = -1;
            for (int k = 0; k < levels.size(); k++) {
                ComparisonLevel l = levels.get(k);
                level[c][k] = l.matchWeight();
                if (l.tfAdjustment() && tfLevel[c] < 0) {
                    tfLevel[c] = k;
                    Feature f = compiled[c].features[k];
                    tfFeature[c] = f;
                    tfLog2U[c] = Math.log(l.u()) / LN2;
                    tfWeight[c] = l.tfAdjustmentWeight();
                    double[] lf = new double[f.values.length];
                    double total = Math.max(1, f.totalCount);
                    for (int v = 0; v < lf.length; v++) {
                        lf[v] = Math.log(Math.max(1, f.counts[v]) / total) / LN2;
                    }
                    tfLog2Frequency[c] = lf;
                }
            }
        }
    }

    /** The term-frequency part of comparison {@code c}'s weight for left row {@code l} at level {@code k}. */
    double termFrequency(int c, int k, int l) {
        if (tfLevel[c] != k) {
            return 0.0;
        }
        int v = tfFeature[c].left[l];
        return v < 0 ? 0.0 : tfWeight[c] * (tfLog2U[c] - tfLog2Frequency[c][v]);
    }

    /** The match weight of a pair whose levels are in {@code levels}. */
    double score(byte[] levels, int l) {
        double w = prior;
        for (int c = 0; c < levels.length; c++) {
            int k = levels[c];
            w += level[c][k];
            if (tfLevel[c] == k) {
                w += termFrequency(c, k, l);
            }
        }
        return w;
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
