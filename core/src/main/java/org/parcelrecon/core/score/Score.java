package org.parcelrecon.core.score;

import java.util.Objects;

/**
 * A record's score (0 to 100, higher is better) and status, as {@link ScoreModel} computes them.
 * The status decides whether a record syncs; the score orders records within and across statuses for
 * review. {@link #of} returns shared instances.
 *
 * @param value  the score, 0 to 100
 * @param status the status
 */
public record Score(int value, Status status) {
    private static final Score[][] CACHE = cache();

    /**
     * Checks the range.
     *
     * @param value the score, 0 to 100
     * @param status the status
     */
    public Score {
        Objects.requireNonNull(status, "status");
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("score must be in 0..100; got " + value);
        }
    }

    /**
     * {@return the score with this value and status (a shared instance)}
     *
     * @param value the score, 0 to 100
     * @param status the status
     */
    public static Score of(int value, Status status) {
        Objects.requireNonNull(status, "status");
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("score must be in 0..100; got " + value);
        }
        return CACHE[status.ordinal()][value];
    }

    private static Score[][] cache() {
        Status[] statuses = Status.values();
        Score[][] cache = new Score[statuses.length][101];
        for (Status s : statuses) {
            for (int v = 0; v <= 100; v++) {
                cache[s.ordinal()][v] = new Score(v, s);
            }
        }
        return cache;
    }
}
