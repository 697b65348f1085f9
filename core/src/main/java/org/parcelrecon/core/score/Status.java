package org.parcelrecon.core.score;

/**
 * Whether a register record is ready to sync to the national land database, and if not, what kind of
 * work it needs. Decided by {@link ScoreModel} from the most severe finding.
 */
public enum Status {
    /** Register, map and population agree within tolerance: ready to sync. No finding above INFO. */
    CLEAN,
    /** A probable match with a minor discrepancy a person should confirm. Most severe finding: WARNING. */
    REVIEW,
    /** The sources contradict each other. Most severe finding: CONTRADICTION. */
    CONFLICT,
    /** Something required is missing (no map parcel, no land-user identity). Some finding is MISSING. */
    INCOMPLETE;

    /** {@return whether the record can be synced as it is: only {@link #CLEAN}} */
    public boolean isReadyToSync() {
        return this == CLEAN;
    }
}
