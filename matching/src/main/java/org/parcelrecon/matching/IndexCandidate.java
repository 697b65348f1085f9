package org.parcelrecon.matching;

import java.util.Objects;

/**
 * One right record a {@link LinkingIndex} proposes for a record: who it is, how likely, and why.
 *
 * @param rightId          the right record's id (e.g. the citizen's CCCD number: personal data, mask it in output)
 * @param rightRow         its row in the table the index was built from
 * @param matchWeight      the match weight, renormalised among the record's candidates when the index scores with
 *                         one match per record ({@link Linker#withOneMatchPerLeft()})
 * @param matchProbability {@code 2^w / (1 + 2^w)} of {@code matchWeight}
 * @param explanation      each comparison's level and weight: the pair's own evidence, before any renormalisation
 *                         (as {@link Linker#explain(ScoredPair)} gives it)
 */
public record IndexCandidate(String rightId, int rightRow, double matchWeight, double matchProbability,
                             Explanation explanation) {
    /**
     * Checks for nulls.
     *
     * @param rightId          the right record's id
     * @param rightRow         its row in the table the index was built from
     * @param matchWeight      the match weight
     * @param matchProbability the match probability of {@code matchWeight}
     * @param explanation      each comparison's level and weight
     */
    public IndexCandidate {
        Objects.requireNonNull(rightId, "rightId");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * The level index comparison {@code comparison} gave (a shortcut into the explanation).
     *
     * @param comparison the comparison's index in the model
     * @return the level index it gave
     */
    public int level(int comparison) {
        return explanation.contributions().get(comparison).level();
    }
}
