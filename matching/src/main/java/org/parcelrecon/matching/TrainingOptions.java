package org.parcelrecon.matching;

import java.util.List;
import java.util.Objects;

/**
 * How {@link Linker#train(TrainingOptions)} estimates a model's parameters without labels.
 *
 * @param randomPairs          how many random pairs estimate {@code u} (Splink uses 1e6 to 1e7)
 * @param seed                 seed for every random choice: the same seed gives the same model
 * @param maxIterations        at most this many EM iterations per session
 * @param convergence          EM stops when no probability moves by more than this
 * @param maxPairsPerSession   pairs beyond this are sampled (deterministically) in each EM session and in the
 *                             estimate of λ
 * @param trainingRules        the blocking rules of the EM sessions; empty to use the model's own rules
 * @param estimatePrior        whether to re-estimate λ from the candidate pairs after m and u
 */
public record TrainingOptions(long randomPairs, long seed, int maxIterations, double convergence,
                              long maxPairsPerSession, List<BlockingRule> trainingRules, boolean estimatePrior) {
    /**
     * Checks ranges.
     *
     * @param randomPairs how many random pairs estimate {@code u} (Splink uses 1e6 to 1e7)
     * @param seed seed for every random choice: the same seed gives the same model
     * @param maxIterations at most this many EM iterations per session
     * @param convergence EM stops when no probability moves by more than this
     * @param maxPairsPerSession pairs beyond this are sampled (deterministically) in each EM session and in the
     *     estimate of λ
     * @param trainingRules the blocking rules of the EM sessions; empty to use the model's own rules
     * @param estimatePrior whether to re-estimate λ from the candidate pairs after m and u
     */
    public TrainingOptions {
        trainingRules = List.copyOf(Objects.requireNonNull(trainingRules, "trainingRules"));
        if (randomPairs < 1000) {
            throw new IllegalArgumentException("randomPairs must be at least 1000, got " + randomPairs);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(convergence > 0)) {
            throw new IllegalArgumentException("convergence must be positive, got " + convergence);
        }
        if (maxPairsPerSession < 1000) {
            throw new IllegalArgumentException("maxPairsPerSession must be at least 1000, got " + maxPairsPerSession);
        }
    }

    /**
     * 1,000,000 random pairs, seed 42, 25 iterations to 1e-4, 5,000,000 pairs per session, the model's rules.
     *
     * @return the options a training uses unless told otherwise
     */
    public static TrainingOptions defaults() {
        return new TrainingOptions(1_000_000, 42, 25, 1e-4, 5_000_000, List.of(), true);
    }

    /**
     * {@return these options with another seed}
     *
     * @param newSeed the seed random pairs are drawn with
     */
    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(randomPairs, newSeed, maxIterations, convergence, maxPairsPerSession,
                trainingRules, estimatePrior);
    }

    /**
     * {@return these options with other EM session rules}
     *
     * @param rules the blocking rules of the EM sessions; empty for the model's own
     */
    public TrainingOptions withTrainingRules(List<BlockingRule> rules) {
        return new TrainingOptions(randomPairs, seed, maxIterations, convergence, maxPairsPerSession, rules,
                estimatePrior);
    }

    /**
     * {@return these options with another number of random pairs for {@code u}}
     *
     * @param pairs how many random pairs estimate {@code u}
     */
    public TrainingOptions withRandomPairs(long pairs) {
        return new TrainingOptions(pairs, seed, maxIterations, convergence, maxPairsPerSession, trainingRules,
                estimatePrior);
    }

    /**
     * {@return these options with or without re-estimating λ}
     *
     * @param estimate whether training re-estimates the prior λ
     */
    public TrainingOptions withEstimatePrior(boolean estimate) {
        return new TrainingOptions(randomPairs, seed, maxIterations, convergence, maxPairsPerSession, trainingRules,
                estimate);
    }
}
