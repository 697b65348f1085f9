package org.parcelrecon.core.score;

import java.util.List;
import java.util.Objects;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.Severity;

/**
 * Turns a record's findings into a {@link Score}: a 0 to 100 value and a {@link Status}.
 *
 * <h2>Status</h2>
 * The most severe finding decides; no findings, or only INFO, is CLEAN:
 * <table>
 *   <caption>Status from the most severe finding</caption>
 *   <tr><th>most severe finding</th><th>status</th></tr>
 *   <tr><td>none, or {@link Severity#INFO}</td><td>{@link Status#CLEAN}</td></tr>
 *   <tr><td>{@link Severity#WARNING}</td><td>{@link Status#REVIEW}</td></tr>
 *   <tr><td>{@link Severity#CONTRADICTION} (blocking)</td><td>{@link Status#CONFLICT}</td></tr>
 *   <tr><td>{@link Severity#MISSING} (blocking)</td><td>{@link Status#INCOMPLETE}</td></tr>
 * </table>
 * So one blocking finding decides the status whatever else was found, and MISSING outranks CONTRADICTION
 * (complete the record first; see {@link Severity}).
 *
 * <h2>Score</h2>
 * {@code score = max(0, 100 − Σ weight(severity of each finding))}, with the weights
 * <table>
 *   <caption>Default severity weights ({@link #standard()})</caption>
 *   <tr><th>severity</th><th>weight</th></tr>
 *   <tr><td>INFO</td><td>0</td></tr>
 *   <tr><td>WARNING</td><td>10</td></tr>
 *   <tr><td>CONTRADICTION</td><td>40</td></tr>
 *   <tr><td>MISSING</td><td>60</td></tr>
 * </table>
 * Examples with the defaults:
 * <pre>
 *   []                                  → 100 CLEAN
 *   [INFO, INFO]                        → 100 CLEAN
 *   [WARNING]                           →  90 REVIEW
 *   [WARNING, WARNING, INFO]            →  80 REVIEW
 *   [CONTRADICTION, WARNING]            →  50 CONFLICT
 *   [CONTRADICTION, MISSING]            →   0 INCOMPLETE
 *   [WARNING × 12]                      →   0 REVIEW
 * </pre>
 * The score does not decide whether a record syncs (the status does); it orders records for review.
 *
 * <p>Immutable and thread-safe; {@link #withWeight} returns a new model. {@link #score} allocates nothing.
 */
public final class ScoreModel {
    private static final ScoreModel STANDARD = new ScoreModel(new int[] {0, 10, 40, 60});

    private final int[] weights;

    private ScoreModel(int[] weights) {
        this.weights = weights;
    }

    /** {@return the model with the default weights above} */
    public static ScoreModel standard() {
        return STANDARD;
    }

    /**
     * {@return this model with another weight for one severity}
     *
     * @param weight points taken off per finding of that severity, 0 to 100
     * @param severity the severity whose weight changes
     */
    public ScoreModel withWeight(Severity severity, int weight) {
        Objects.requireNonNull(severity, "severity");
        if (weight < 0 || weight > 100) {
            throw new IllegalArgumentException("weight of " + severity + " must be in 0..100; got " + weight);
        }
        int[] copy = weights.clone();
        copy[severity.ordinal()] = weight;
        return new ScoreModel(copy);
    }

    /**
     * {@return the points one finding of this severity takes off}
     *
     * @param severity a finding's severity
     */
    public int weight(Severity severity) {
        return weights[severity.ordinal()];
    }

    /**
     * {@return the status the most severe of these findings forces (see the table above)}
     *
     * @param findings one record's findings
     */
    public static Status status(List<Finding> findings) {
        Severity worst = Severity.INFO;
        for (int i = 0, n = findings.size(); i < n; i++) {
            Severity s = findings.get(i).severity();
            if (s.compareTo(worst) > 0) {
                worst = s;
            }
        }
        return statusOf(worst);
    }

    /**
     * Score and status of a record with these findings.
     *
     * @param findings one record's findings
     * @return 100 minus the findings' weights (at least 0), with the status the findings force
     */
    public Score score(List<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        Severity worst = Severity.INFO;
        int points = 100;
        for (int i = 0, n = findings.size(); i < n; i++) {
            Severity s = findings.get(i).severity();
            if (s.compareTo(worst) > 0) {
                worst = s;
            }
            points -= weights[s.ordinal()];
            if (points < 0) {
                points = 0;
            }
        }
        return Score.of(points, statusOf(worst));
    }

    private static Status statusOf(Severity worst) {
        return switch (worst) {
            case INFO -> Status.CLEAN;
            case WARNING -> Status.REVIEW;
            case CONTRADICTION -> Status.CONFLICT;
            case MISSING -> Status.INCOMPLETE;
        };
    }

    @Override
    public String toString() {
        return "ScoreModel[INFO=" + weights[0] + ", WARNING=" + weights[1] + ", CONTRADICTION=" + weights[2]
                + ", MISSING=" + weights[3] + "]";
    }
}
