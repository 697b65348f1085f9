package org.parcelrecon.matching;

import java.util.Arrays;
import java.util.Objects;

/**
 * One candidate pair with its score: the rows and ids of the two records, the match weight and probability,
 * and the level each comparison gave (indexes into the model's comparisons and their levels).
 *
 * <p>Example: a pair whose name comparison landed on level 1 ("exact") and birth comparison on level 3
 * ("within 1"), weight 12.4, probability 0.99982. {@link Linker#explain(ScoredPair)} turns it into a readable
 * explanation with each level's contribution.
 *
 * <p>Immutable value: equal when rows, ids, score and levels are equal. For a deduplication, {@code left} is the
 * record with the lower row number.
 *
 * <p>Thread-safe, being immutable.
 */
public final class ScoredPair {
    private final int leftRow;
    private final int rightRow;
    private final String leftId;
    private final String rightId;
    private final double matchWeight;
    private final double matchProbability;
    private final byte[] levels;

    ScoredPair(int leftRow, int rightRow, String leftId, String rightId, double matchWeight, byte[] levels) {
        this.leftRow = leftRow;
        this.rightRow = rightRow;
        this.leftId = leftId;
        this.rightId = rightId;
        this.matchWeight = matchWeight;
        this.matchProbability = Weights.probability(matchWeight);
        this.levels = levels;
    }

    /**
     * {@return a scored pair made by hand (hosts and tests); the engine makes its own}
     *
     * @param levels the level index of each comparison, each in 0..14
     * @throws IllegalArgumentException if a row is negative, the weight is NaN or a level is out of range
     * @param leftRow the left row
     * @param rightRow the right row
     * @param leftId the left row's id
     * @param rightId the right row's id
     * @param matchWeight the match weight: log2 of the pair's odds of being a match
     */
    public static ScoredPair of(int leftRow, int rightRow, String leftId, String rightId, double matchWeight,
                                int... levels) {
        Objects.requireNonNull(leftId, "leftId");
        Objects.requireNonNull(rightId, "rightId");
        if (leftRow < 0 || rightRow < 0 || Double.isNaN(matchWeight)) {
            throw new IllegalArgumentException("rows must be 0 or more and the weight a number, got " + leftRow + ", "
                    + rightRow + ", " + matchWeight);
        }
        byte[] b = new byte[levels.length];
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] < 0 || levels[i] >= Comparison.MAX_LEVELS) {
                throw new IllegalArgumentException("level " + levels[i] + " is outside 0.." + (Comparison.MAX_LEVELS - 1));
            }
            b[i] = (byte) levels[i];
        }
        return new ScoredPair(leftRow, rightRow, leftId, rightId, matchWeight, b);
    }

    /** {@return the left record's row (0-based)} */
    public int leftRow() {
        return leftRow;
    }

    /** {@return the right record's row (0-based)} */
    public int rightRow() {
        return rightRow;
    }

    /** {@return the left record's id} */
    public String leftId() {
        return leftId;
    }

    /** {@return the right record's id} */
    public String rightId() {
        return rightId;
    }

    /** {@return the match weight: log2 of the posterior odds of a match} */
    public double matchWeight() {
        return matchWeight;
    }

    /** {@return the match probability, in [0, 1]} */
    public double matchProbability() {
        return matchProbability;
    }

    /** {@return the number of comparisons} */
    public int comparisonCount() {
        return levels.length;
    }

    /**
     * {@return the level index comparison {@code comparison} gave}
     *
     * @throws IndexOutOfBoundsException if there is no such comparison
     * @param comparison the comparison's index in the model
     */
    public int level(int comparison) {
        return levels[comparison];
    }

    /** {@return all level indexes, in comparison order (a copy)} */
    public int[] levels() {
        int[] out = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            out[i] = levels[i];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ScoredPair)) {
            return false;
        }
        ScoredPair p = (ScoredPair) o;
        return leftRow == p.leftRow && rightRow == p.rightRow && leftId.equals(p.leftId) && rightId.equals(p.rightId)
                && Double.compare(matchWeight, p.matchWeight) == 0 && Arrays.equals(levels, p.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(leftRow, rightRow, leftId, rightId, matchWeight) * 31 + Arrays.hashCode(levels);
    }

    @Override
    public String toString() {
        return "ScoredPair[" + leftId + " ~ " + rightId + ", weight " + String.format(java.util.Locale.ROOT, "%.3f",
                matchWeight) + ", p " + String.format(java.util.Locale.ROOT, "%.6f", matchProbability) + ", levels "
                + Arrays.toString(levels) + "]";
    }
}
