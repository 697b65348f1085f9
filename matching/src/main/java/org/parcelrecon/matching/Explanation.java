package org.parcelrecon.matching;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a pair scored as it did: the prior, then for each comparison the level it landed on and what that added.
 * The weights add up: {@code matchWeight = priorWeight + Σ contribution.weight()}.
 *
 * <p>{@link #toText()} gives a reviewer's view, for example:
 * <pre>
 *   12.41 (p 0.99982) = prior -13.29
 *     given_name   exact                  +7.10  (of which term frequency -1.20)
 *     family_name  exact                  +1.73  (of which term frequency -1.05)
 *     birth        within 1               +2.85
 *     citizen_id   null                   +0.00
 * </pre>
 *
 * @param leftId          the left record's id
 * @param rightId         the right record's id
 * @param priorWeight     {@code log2(λ / (1 - λ))}
 * @param contributions   one per comparison, in model order
 * @param matchWeight     the total
 * @param matchProbability {@code 2^w / (1 + 2^w)}
 */
public record Explanation(String leftId, String rightId, double priorWeight, List<Contribution> contributions,
                          double matchWeight, double matchProbability) {
    /**
     * Copies the list.
     *
     * @param leftId the left record's id
     * @param rightId the right record's id
     * @param priorWeight {@code log2(λ / (1 - λ))}
     * @param contributions one per comparison, in model order
     * @param matchWeight the total
     * @param matchProbability {@code 2^w / (1 + 2^w)}
     */
    public Explanation {
        Objects.requireNonNull(leftId, "leftId");
        Objects.requireNonNull(rightId, "rightId");
        contributions = List.copyOf(contributions);
    }

    /**
     * One comparison's part in a pair's score.
     *
     * @param comparison           the comparison's name
     * @param level                the level index
     * @param label                the level's label
     * @param weight               what the level added to the match weight, term frequency included
     * @param termFrequencyWeight  the part of {@code weight} due to term-frequency adjustment (0 when none)
     * @param leftValue            the compared value of the left record (after the key function), empty if missing
     * @param rightValue           the same for the right record
     */
    public record Contribution(String comparison, int level, String label, double weight, double termFrequencyWeight,
                               String leftValue, String rightValue) {
        /**
         * Checks for nulls.
         *
         * @param comparison the comparison's name
         * @param level the level index
         * @param label the level's label
         * @param weight what the level added to the match weight, term frequency included
         * @param termFrequencyWeight the part of {@code weight} due to term-frequency adjustment (0 when none)
         * @param leftValue the compared value of the left record (after the key function), empty if missing
         * @param rightValue the same for the right record
         */
        public Contribution {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(leftValue, "leftValue");
            Objects.requireNonNull(rightValue, "rightValue");
        }

        /** {@return the Bayes factor this contribution multiplies the odds by, {@code 2^weight}} */
        public double bayesFactor() {
            return Math.pow(2, weight);
        }
    }

    /** {@return a multi-line, human-readable form; values are not shown (they may be personal data)} */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%.2f (p %.5f) = prior %.2f%n", matchWeight, matchProbability,
                priorWeight));
        int width = 0;
        for (Contribution c : contributions) {
            width = Math.max(width, c.comparison().length());
        }
        for (Contribution c : contributions) {
            b.append(String.format(Locale.ROOT, "  %-" + width + "s  %-22s %+.2f", c.comparison(), c.label(),
                    c.weight()));
            if (c.termFrequencyWeight() != 0) {
                b.append(String.format(Locale.ROOT, "  (of which term frequency %+.2f)", c.termFrequencyWeight()));
            }
            b.append(System.lineSeparator());
        }
        return b.toString();
    }
}
