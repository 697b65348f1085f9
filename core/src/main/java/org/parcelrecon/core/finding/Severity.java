package org.parcelrecon.core.finding;

/**
 * How much a finding matters, and so which status it pushes its record to.
 *
 * <p>The constants are in order of increasing severity ({@link #compareTo} follows it). Each one
 * names the record status it forces when it is the most severe finding of its record; the status
 * itself and the score are computed by {@code org.parcelrecon.core.score.ScoreModel}:
 *
 * <table>
 *   <caption>Severity and the status it forces</caption>
 *   <tr><th>severity</th><th>blocking</th><th>status when most severe</th><th>meaning</th></tr>
 *   <tr><td>{@link #INFO}</td><td>no</td><td>{@code CLEAN}</td>
 *       <td>worth knowing, nothing to fix (e.g. a name decoded from TCVN3)</td></tr>
 *   <tr><td>{@link #WARNING}</td><td>no</td><td>{@code REVIEW}</td>
 *       <td>a minor discrepancy a person should confirm (e.g. birth year off by one)</td></tr>
 *   <tr><td>{@link #CONTRADICTION}</td><td>yes</td><td>{@code CONFLICT}</td>
 *       <td>the sources contradict each other (e.g. register and map areas far apart)</td></tr>
 *   <tr><td>{@link #MISSING}</td><td>yes</td><td>{@code INCOMPLETE}</td>
 *       <td>something required is missing (e.g. no map parcel, no land-user identity)</td></tr>
 * </table>
 *
 * <p>{@code MISSING} ranks above {@code CONTRADICTION}: while something required is missing, the
 * contradictions that could be judged are only part of the picture, so completing the record comes first.
 */
public enum Severity {
    /** Worth knowing; does not change the status. */
    INFO,
    /** A minor discrepancy a person should confirm: at least {@code REVIEW}. */
    WARNING,
    /** Blocking: the sources contradict each other: at least {@code CONFLICT}. */
    CONTRADICTION,
    /** Blocking: something required is missing: {@code INCOMPLETE}. */
    MISSING;

    /**
     * {@return whether a finding of this severity alone stops the record from syncing ({@link #CONTRADICTION}, {@link
     * #MISSING})}
     */
    public boolean isBlocking() {
        return this == CONTRADICTION || this == MISSING;
    }
}
