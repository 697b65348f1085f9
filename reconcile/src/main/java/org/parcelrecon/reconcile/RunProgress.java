package org.parcelrecon.reconcile;

/**
 * Hears how a long run is going: one call when a phase starts, one when it ends, and counts within the long
 * phases. Called from the run's threads (not always the caller's); implementations must be thread-safe and quick.
 */
public interface RunProgress {
    /** A listener that ignores everything. */
    RunProgress NONE = new RunProgress() {
    };

    /**
     * A phase began (e.g. {@code "read register"}).
     *
     * @param phase the phase's name
     */
    default void started(String phase) {
    }

    /**
     * Work within a phase: {@code done} of {@code total} units ({@code total} 0 when unknown).
     *
     * @param phase the phase's name
     * @param done units done so far
     * @param total units in all; 0 when unknown
     */
    default void progress(String phase, long done, long total) {
    }

    /**
     * A phase ended, with a one-line account of what it did (e.g. {@code "29014 rows, 0 rejected"}).
     *
     * @param phase the phase's name
     * @param detail what it did, in one line
     * @param millis how long it took, in milliseconds
     */
    default void finished(String phase, String detail, long millis) {
    }
}
