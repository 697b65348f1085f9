package org.parcelrecon.matching.eval;

import java.util.Locale;

/**
 * Quality of predicted links against the truth at one threshold.
 *
 * <p>Precision is TP / (TP + FP), recall TP / (TP + FN), F1 their harmonic mean; a ratio with a zero denominator
 * is 0 (no predictions: precision 0; no true pairs: recall 0).
 *
 * @param threshold       the minimum match probability of a predicted link
 * @param truePositives   predicted links that are true pairs
 * @param falsePositives  predicted links that are not
 * @param falseNegatives  true pairs not predicted
 * @param precision       TP / (TP + FP)
 * @param recall          TP / (TP + FN)
 * @param f1              2PR / (P + R)
 */
public record Metrics(double threshold, long truePositives, long falsePositives, long falseNegatives,
                      double precision, double recall, double f1) {

    /**
     * Metrics from counts.
     *
     * @param threshold the minimum match probability of a predicted link
     * @param tp true pairs predicted
     * @param fp predicted pairs that are not true
     * @param fn true pairs not predicted
     * @return precision, recall and F1 from the counts
     */
    public static Metrics of(double threshold, long tp, long fp, long fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new Metrics(threshold, tp, fp, fn, p, r, f);
    }

    /** E.g. {@code threshold 0.5: precision 0.9950, recall 0.9812, F1 0.9880 (TP 1993, FP 10, FN 38)}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "threshold %s: precision %.4f, recall %.4f, F1 %.4f (TP %d, FP %d, FN %d)",
                threshold, precision, recall, f1, truePositives, falsePositives, falseNegatives);
    }
}
