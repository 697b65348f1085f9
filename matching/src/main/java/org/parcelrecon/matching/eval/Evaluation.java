package org.parcelrecon.matching.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Precision, recall and F1 of predicted links against {@link TruthPairs}, at one threshold or along a curve.
 *
 * <p>A predicted link is a {@link PairScore} with probability at least the threshold. A pair predicted twice
 * counts once, with its highest probability; for a deduplication {@code a~b} and {@code b~a} are the same pair.
 * True pairs never predicted (because blocking missed them, or because they scored below the threshold) are false
 * negatives.
 *
 * <p>Example: truth {0~1, 0~2, 1~2}; predictions 0~1 (0.99), 1~2 (0.7), 2~3 (0.6):
 * <pre>
 *   evaluate(truth, predictions, 0.5)    TP 2, FP 1, FN 1: precision 0.667, recall 0.667
 *   evaluate(truth, predictions, 0.9)    TP 1, FP 0, FN 2: precision 1.0, recall 0.333
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluation {
    /** Thresholds of {@link #curve(TruthPairs, List)}: 0.01, 0.05, 0.1 ... 0.9, 0.95, 0.99, 0.999, 0.9999. */
    public static final List<Double> DEFAULT_THRESHOLDS = List.of(0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8,
            0.9, 0.95, 0.99, 0.999, 0.9999);

    private Evaluation() {
    }

    /**
     * Quality at one threshold.
     *
     * @param truth the true pairs
     * @param predictions the scored pairs
     * @param threshold the least probability that counts as a predicted link
     * @return precision, recall and F1 at that threshold
     */
    public static Metrics evaluate(TruthPairs truth, List<PairScore> predictions, double threshold) {
        return curve(truth, predictions, List.of(threshold)).get(0);
    }

    /**
     * Quality at the {@link #DEFAULT_THRESHOLDS}.
     *
     * @param truth the true pairs
     * @param predictions the scored pairs
     * @return the metrics at each default threshold, in increasing order
     */
    public static List<Metrics> curve(TruthPairs truth, List<PairScore> predictions) {
        return curve(truth, predictions, DEFAULT_THRESHOLDS);
    }

    /**
     * Quality at each threshold, in the order given: a precision/recall curve.
     *
     * @throws IllegalArgumentException if a threshold is outside [0, 1]
     * @param truth the true pairs
     * @param predictions the scored pairs
     * @param thresholds the thresholds, each in [0, 1]
     * @return the metrics at each threshold
     */
    public static List<Metrics> curve(TruthPairs truth, List<PairScore> predictions, List<Double> thresholds) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predictions, "predictions");
        for (double t : thresholds) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("thresholds must be in [0, 1], got " + t);
            }
        }
        Map<TruthPairs.Key, Double> best = new HashMap<>();
        for (PairScore p : predictions) {
            if (truth.isUnordered() && p.leftId().equals(p.rightId())) {
                continue;
            }
            best.merge(TruthPairs.key(p.leftId(), p.rightId(), truth.isUnordered()), p.matchProbability(), Math::max);
        }
        int n = best.size();
        double[] trueScores = new double[n];
        double[] falseScores = new double[n];
        int nt = 0;
        int nf = 0;
        for (Map.Entry<TruthPairs.Key, Double> e : best.entrySet()) {
            if (truth.contains(e.getKey().a(), e.getKey().b())) {
                trueScores[nt++] = e.getValue();
            } else {
                falseScores[nf++] = e.getValue();
            }
        }
        trueScores = Arrays.copyOf(trueScores, nt);
        falseScores = Arrays.copyOf(falseScores, nf);
        Arrays.sort(trueScores);
        Arrays.sort(falseScores);
        List<Metrics> out = new ArrayList<>();
        for (double t : thresholds) {
            long tp = atLeast(trueScores, t);
            long fp = atLeast(falseScores, t);
            out.add(Metrics.of(t, tp, fp, truth.size() - tp));
        }
        return out;
    }

    private static long atLeast(double[] sorted, double threshold) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return sorted.length - lo;
    }

    /**
     * {@return the metrics with the highest F1 (the first such, in the order given), for reports}
     *
     * @param curve metrics at several thresholds
     */
    public static Metrics bestF1(List<Metrics> curve) {
        Metrics best = null;
        for (Metrics m : curve) {
            if (best == null || m.f1() > best.f1()) {
                best = m;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the curve is empty");
        }
        return best;
    }
}
