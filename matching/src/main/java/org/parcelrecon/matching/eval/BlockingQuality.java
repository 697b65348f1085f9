package org.parcelrecon.matching.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.parcelrecon.matching.Linker;

/**
 * How well a model's blocking keeps the true matches: pairs-completeness (the share of true pairs that are
 * candidates) and the number of candidate pairs against all pairs (the reduction ratio).
 *
 * <p>True pairs whose ids are not in the tables are left out of both counts and reported in
 * {@link #truePairsNotInTables()}. Example: 2,031 true pairs, 2,027 candidates among 60,000 candidate pairs of
 * 499,500: completeness 0.99803, reduction ratio 0.87988.
 *
 * @param truePairs              true pairs whose two records are in the tables
 * @param truePairsFound         of those, the ones blocking makes candidates
 * @param truePairsNotInTables   true pairs naming an id missing from the tables
 * @param candidatePairs         all candidate pairs
 * @param allPairs               all pairs without blocking
 * @param pairsCompleteness      truePairsFound / truePairs (1 when there are none)
 * @param reductionRatio         1 - candidatePairs / allPairs
 */
public record BlockingQuality(long truePairs, long truePairsFound, long truePairsNotInTables, long candidatePairs,
                              double allPairs, double pairsCompleteness, double reductionRatio) {

    /**
     * Measures the blocking of a linker against the truth.
     *
     * @param linker a linker whose blocking rules are measured
     * @param truth the true pairs
     * @return how many true pairs the rules make, and at what cost in candidates
     */
    public static BlockingQuality of(Linker linker, TruthPairs truth) {
        Objects.requireNonNull(linker, "linker");
        Objects.requireNonNull(truth, "truth");
        long total = 0;
        long found = 0;
        long missing = 0;
        for (var pair : truth.pairs()) {
            OptionalInt l = linker.leftRow(pair.get(0));
            OptionalInt r = linker.rightRow(pair.get(1));
            if (l.isEmpty() || r.isEmpty()) {
                missing++;
                continue;
            }
            total++;
            int a = l.getAsInt();
            int b = r.getAsInt();
            if (linker.isDedupe() && a > b) {
                int t = a;
                a = b;
                b = t;
            }
            if (linker.isCandidate(a, b)) {
                found++;
            }
        }
        long candidates = linker.candidatePairCount();
        double n = linker.leftSize();
        double all = linker.isDedupe() ? n * (n - 1) / 2 : n * linker.rightSize();
        return new BlockingQuality(total, found, missing, candidates, all, total == 0 ? 1.0 : (double) found / total,
                all == 0 ? 0.0 : 1.0 - candidates / all);
    }

    /** E.g. {@code pairs-completeness 0.99803 (2027 of 2031 true pairs), 60000 candidate pairs, reduction 0.87988}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pairs-completeness %.5f (%d of %d true pairs), %d candidate pairs of %.0f,"
                + " reduction ratio %.5f", pairsCompleteness, truePairsFound, truePairs, candidatePairs, allPairs,
                reductionRatio);
    }
}
