package org.parcelrecon.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What linking found for one land user: the best citizen, how likely it is the same person, why,
 * and how close the runner-up came.
 * <pre>{@code
 * UserLink.builder(Citizen.of("022190001234", "CCCD", "Nguyễn Văn An", 1962), 0.97)
 *         .explain("name", "exact after folding", 6.2)
 *         .explain("birth_year", "exact", 3.1)
 *         .runnerUpProbability(0.12)
 *         .build();
 * }</pre>
 *
 * @param citizen             the best-matching citizen
 * @param matchProbability    the probability that land user and citizen are the same person, in [0, 1]
 * @param explanation         one entry per comparison, in the linking model's order
 * @param runnerUpProbability the second-best candidate's probability, when there was one; not above {@code matchProbability}
 */
public record UserLink(Citizen citizen, double matchProbability, List<ComparisonEntry> explanation,
                       OptionalDouble runnerUpProbability) {
    /**
     * Checks the probabilities and copies the explanation.
     *
     * @param citizen the best-matching citizen
     * @param matchProbability the probability that land user and citizen are the same person, in [0, 1]
     * @param explanation one entry per comparison, in the linking model's order
     * @param runnerUpProbability the second-best candidate's probability, when there was one; not above {@code
     *     matchProbability}
     */
    public UserLink {
        Objects.requireNonNull(citizen, "citizen");
        Checks.probability(matchProbability, "matchProbability");
        explanation = List.copyOf(explanation);
        Objects.requireNonNull(runnerUpProbability, "runnerUpProbability");
        if (runnerUpProbability.isPresent()) {
            double r = Checks.probability(runnerUpProbability.getAsDouble(), "runnerUpProbability");
            if (r > matchProbability) {
                throw new IllegalArgumentException("runnerUpProbability " + r
                        + " is above the best match's probability " + matchProbability);
            }
        }
    }

    /**
     * {@return a builder for a link to {@code citizen} with the given probability}
     *
     * @param citizen the best-matching citizen
     * @param matchProbability the probability that land user and citizen are the same person, in [0, 1]
     */
    public static Builder builder(Citizen citizen, double matchProbability) {
        return new Builder(citizen, matchProbability);
    }

    /** Builds a {@link UserLink}; not thread-safe. */
    public static final class Builder {
        private final Citizen citizen;
        private final double matchProbability;
        private final List<ComparisonEntry> explanation = new ArrayList<>();
        private OptionalDouble runnerUp = OptionalDouble.empty();

        private Builder(Citizen citizen, double matchProbability) {
            this.citizen = Objects.requireNonNull(citizen, "citizen");
            this.matchProbability = matchProbability;
        }

        /**
         * Adds one explanation entry.
         *
         * @return this builder
         * @param comparison the comparison's name, e.g. {@code "name"}
         * @param level the level the pair reached, e.g. {@code "exact"}
         * @param weight its match weight in bits
         */
        public Builder explain(String comparison, String level, double weight) {
            explanation.add(new ComparisonEntry(comparison, level, weight));
            return this;
        }

        /**
         * Sets the runner-up candidate's probability.
         *
         * @return this builder
         * @param probability the best other candidate's match probability, 0 to 1
         */
        public Builder runnerUpProbability(double probability) {
            this.runnerUp = OptionalDouble.of(probability);
            return this;
        }

        /** {@return the link} */
        public UserLink build() {
            return new UserLink(citizen, matchProbability, explanation, runnerUp);
        }
    }
}
