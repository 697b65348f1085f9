package org.parcelrecon.matching.decide;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parcelrecon.matching.ScoredPair;

/**
 * Turns scored pairs into decisions: a threshold, the best match of each left record, and an optional one-to-one
 * assignment.
 *
 * <p>Ties are broken the same way everywhere, so results are deterministic: higher match weight first, then lower
 * left row, then lower right row.
 *
 * <p>Example: pairs L0~R0 (p 0.99), L0~R1 (0.80), L1~R0 (0.95), L2~R2 (0.30):
 * <pre>
 *   aboveThreshold(pairs, 0.5)   L0~R0, L0~R1, L1~R0
 *   bestPerLeft(pairs)           L0~R0, L1~R0, L2~R2     (many left records may point to one right record)
 *   oneToOne(pairs)              L0~R0, L2~R2            (L1 loses R0 to the stronger L0~R0)
 * </pre>
 * Stateless and thread-safe.
 */
public final class Decisions {
    /** Higher weight first, then lower left row, then lower right row. */
    public static final Comparator<ScoredPair> STRONGEST_FIRST = Comparator
            .comparingDouble(ScoredPair::matchWeight).reversed()
            .thenComparingInt(ScoredPair::leftRow)
            .thenComparingInt(ScoredPair::rightRow);

    private static final Comparator<ScoredPair> BY_ROWS = Comparator.comparingInt(ScoredPair::leftRow)
            .thenComparingInt(ScoredPair::rightRow);

    private Decisions() {
    }

    /**
     * {@return the pairs with match probability at least {@code minProbability}, in their order}
     *
     * @throws IllegalArgumentException if the threshold is outside [0, 1]
     * @param pairs scored pairs
     * @param minProbability the least probability kept, in [0, 1]
     */
    public static List<ScoredPair> aboveThreshold(List<ScoredPair> pairs, double minProbability) {
        checkProbability(minProbability);
        List<ScoredPair> out = new ArrayList<>();
        for (ScoredPair p : pairs) {
            if (p.matchProbability() >= minProbability) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * For each left row with at least one pair, its strongest pair; ordered by left row.
     *
     * @param pairs scored pairs
     * @return the strongest pair of each left row
     */
    public static List<ScoredPair> bestPerLeft(List<ScoredPair> pairs) {
        List<ScoredPair> sorted = new ArrayList<>(pairs);
        sorted.sort(Comparator.comparingInt(ScoredPair::leftRow).thenComparing(STRONGEST_FIRST));
        List<ScoredPair> out = new ArrayList<>();
        int last = -1;
        for (ScoredPair p : sorted) {
            if (p.leftRow() != last) {
                out.add(p);
                last = p.leftRow();
            }
        }
        return out;
    }

    /**
     * {@return the decision for every left row {@code 0 .. leftSize-1}: its strongest pair at or above
     * {@code minProbability} and the runner-up (so a reviewer can see a close second), or none}
     *
     * @throws IllegalArgumentException if the threshold is outside [0, 1] or a pair's left row is out of range
     * @param pairs scored pairs
     * @param leftSize the number of left rows
     * @param minProbability the least probability of a match
     */
    public static List<BestMatch> bestMatches(List<ScoredPair> pairs, int leftSize, double minProbability) {
        checkProbability(minProbability);
        ScoredPair[] best = new ScoredPair[leftSize];
        ScoredPair[] second = new ScoredPair[leftSize];
        for (ScoredPair p : pairs) {
            if (p.matchProbability() < minProbability) {
                continue;
            }
            int l = p.leftRow();
            if (l < 0 || l >= leftSize) {
                throw new IllegalArgumentException("pair " + p + " has left row " + l + ", outside 0.." + (leftSize - 1));
            }
            if (best[l] == null || STRONGEST_FIRST.compare(p, best[l]) < 0) {
                second[l] = best[l];
                best[l] = p;
            } else if (second[l] == null || STRONGEST_FIRST.compare(p, second[l]) < 0) {
                second[l] = p;
            }
        }
        List<BestMatch> out = new ArrayList<>(leftSize);
        for (int l = 0; l < leftSize; l++) {
            out.add(new BestMatch(l, Optional.ofNullable(best[l]), Optional.ofNullable(second[l])));
        }
        return out;
    }

    /**
     * {@return a one-to-one assignment: pairs taken strongest first, each accepted only if neither its left nor its
     * right
     * record is taken yet (greedy; close to the optimum when scores are well separated, and explainable: a record
     * loses a partner only to a stronger pair)} Ordered by left row.
     *
     * @param pairs scored pairs of a link
     */
    public static List<ScoredPair> oneToOne(List<ScoredPair> pairs) {
        List<ScoredPair> sorted = new ArrayList<>(pairs);
        sorted.sort(STRONGEST_FIRST);
        BitSet leftTaken = new BitSet();
        BitSet rightTaken = new BitSet();
        List<ScoredPair> out = new ArrayList<>();
        for (ScoredPair p : sorted) {
            if (!leftTaken.get(p.leftRow()) && !rightTaken.get(p.rightRow())) {
                leftTaken.set(p.leftRow());
                rightTaken.set(p.rightRow());
                out.add(p);
            }
        }
        out.sort(BY_ROWS);
        return out;
    }

    /**
     * {@return a one-to-one assignment for a deduplication, where a row may appear on either side of a pair: each row
     * is
     * used at most once overall}
     *
     * @param pairs scored pairs of a deduplication
     */
    public static List<ScoredPair> oneToOneWithinTable(List<ScoredPair> pairs) {
        List<ScoredPair> sorted = new ArrayList<>(pairs);
        sorted.sort(STRONGEST_FIRST);
        Set<Integer> taken = new HashSet<>();
        List<ScoredPair> out = new ArrayList<>();
        for (ScoredPair p : sorted) {
            if (!taken.contains(p.leftRow()) && !taken.contains(p.rightRow())) {
                taken.add(p.leftRow());
                taken.add(p.rightRow());
                out.add(p);
            }
        }
        out.sort(BY_ROWS);
        return out;
    }

    private static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability threshold must be in [0, 1], got " + p);
        }
    }

    /**
     * The decision for one left record.
     *
     * @param leftRow    the left row
     * @param best       its strongest pair at or above the threshold, if any
     * @param secondBest the next strongest, if any
     */
    public record BestMatch(int leftRow, Optional<ScoredPair> best, Optional<ScoredPair> secondBest) {
        /**
         * Checks for nulls.
         *
         * @param leftRow the left row
         * @param best its strongest pair at or above the threshold, if any
         * @param secondBest the next strongest, if any
         */
        public BestMatch {
            Objects.requireNonNull(best, "best");
            Objects.requireNonNull(secondBest, "secondBest");
        }

        /**
         * {@return the weight by which the best beats the runner-up: infinite when there is no runner-up, NaN with no
         * best}
         */
        public double margin() {
            if (best.isEmpty()) {
                return Double.NaN;
            }
            return secondBest.isEmpty() ? Double.POSITIVE_INFINITY
                    : best.get().matchWeight() - secondBest.get().matchWeight();
        }
    }
}
