package org.parcelrecon.reconcile.link;

/**
 * How land users are linked to citizens in a run.
 *
 * @param train          estimate the model's weights from the data (m by EM, u from random pairs) before scoring;
 *                       when false, the preset's documented default weights score
 * @param minProbability the lowest match probability kept as a candidate (the best and runner-up below it are not
 *                       reported); in [0, 1]
 * @param seed           the seed of training's random pairs (the same seed gives the same weights)
 */
public record LinkingSettings(boolean train, double minProbability, long seed) {
    /**
     * Checks the probability.
     *
     * @param train estimate the model's weights from the data (m by EM, u from random pairs) before scoring; when
     *     false, the preset's documented default weights score
     * @param minProbability the lowest match probability kept as a candidate (the best and runner-up below it are not
     *     reported); in [0, 1]
     * @param seed the seed of training's random pairs (the same seed gives the same weights)
     */
    public LinkingSettings {
        if (!(minProbability >= 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in [0, 1]; got " + minProbability);
        }
    }

    /**
     * Trained, candidates from probability 0.01, seed 1.
     *
     * @return the settings a run uses unless told otherwise
     */
    public static LinkingSettings defaults() {
        return new LinkingSettings(true, 0.01, 1);
    }

    /**
     * {@return these settings with or without training}
     *
     * @param value false to score with the preset's documented default weights
     */
    public LinkingSettings withTrain(boolean value) {
        return new LinkingSettings(value, minProbability, seed);
    }
}
