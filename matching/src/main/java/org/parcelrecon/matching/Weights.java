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

    Weights(LinkageModel model, CompiledComparison[] compiled) {
        List<Comparison> comparisons = model.comparisons();
        int n = comparisons.size();
        this.prior = model.priorWeight();
        this.level = new double[n][];
        this.tfFeature = new Feature[n][];
        this.tfLog2U = new double[n][];
        this.tfWeight = new double[n][];
        this.tfLog2Frequency = new double[n][][];
        for (int c = 0; c < n; c++) {
            List<ComparisonLevel> levels = comparisons.get(c).levels();
            int k = levels.size();
            level[c] = new double[k];
            tfFeature[c] = new Feature[k];
            tfLog2U[c] = new double[k];
            tfWeight[c] = new double[k];
            tfLog2Frequency[c] = new double[k][];
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
                }
            }
        }
    }

    /** The term-frequency part of comparison {@code c}'s weight for left row {@code l} at level {@code k}. */
    double termFrequency(int c, int k, int l) {
        Feature f = tfFeature[c][k];
        if (f == null) {
            return 0.0;
        }
        int v = f.left[l];
        return v < 0 ? 0.0 : tfWeight[c][k] * (tfLog2U[c][k] - tfLog2Frequency[c][k][v]);
    }

    /** The match weight of a pair whose levels are in {@code levels}. */
    double score(byte[] levels, int l) {
        double w = prior;
        for (int c = 0; c < levels.length; c++) {
            int k = levels[c];
            w += level[c][k];
            if (tfFeature[c][k] != null) {
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
