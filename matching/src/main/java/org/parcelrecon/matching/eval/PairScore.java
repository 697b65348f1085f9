package org.parcelrecon.matching.eval;

import java.util.Objects;
import org.parcelrecon.matching.ScoredPair;

/**
 * A predicted link between two record ids with its match probability: what evaluation needs of a scored pair,
 * whether it comes from a {@link ScoredPair} or from a pairs CSV file.
 *
 * @param leftId           the left record's id
 * @param rightId          the right record's id
 * @param matchProbability in [0, 1]
 */
public record PairScore(String leftId, String rightId, double matchProbability) {
    /**
     * Checks for nulls and the range.
     *
     * @param leftId the left record's id
     * @param rightId the right record's id
     * @param matchProbability in [0, 1]
     */
    public PairScore {
        Objects.requireNonNull(leftId, "leftId");
        Objects.requireNonNull(rightId, "rightId");
        if (!(matchProbability >= 0 && matchProbability <= 1)) {
            throw new IllegalArgumentException("match probability must be in [0, 1], got " + matchProbability);
        }
    }

    /**
     * {@return the ids and probability of a scored pair}
     *
     * @param pair a pair a linker scored
     */
    public static PairScore of(ScoredPair pair) {
        return new PairScore(pair.leftId(), pair.rightId(), pair.matchProbability());
    }
}
