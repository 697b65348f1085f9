package org.parcelrecon.reconcile;

import java.io.IOException;
import java.util.Objects;
import org.parcelrecon.reconcile.decide.CommuneResult;

/**
 * Receives a run's verdicts commune by commune, in commune-code order, one at a time (never concurrently, from one
 * of the run's threads: {@link Reconciler#run(ReconcileInput, RunProgress, CommuneSink)}): a province run writes
 * each commune and lets it go
 * instead of holding two million records. A commune may come twice: rows of a split pre-2025 commune whose key no
 * map has come last, under their first candidate commune.
 */
@FunctionalInterface
public interface CommuneSink {
    /**
     * One commune's verdicts.
     *
     * @param commune one commune's verdicts, in commune-code order
     * @throws IOException if they cannot be written; the run stops with it
     */
    void accept(CommuneResult commune) throws IOException;

    /**
     * {@return a sink that hands each commune to {@code first}, then to {@code second} (e.g. the run's files and its
     * history);
     * if {@code first} throws, {@code second} does not see that commune}
     *
     * @param first the sink that gets each commune first
     * @param second the sink that gets it next
     */
    static CommuneSink both(CommuneSink first, CommuneSink second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        return c -> {
            first.accept(c);
            second.accept(c);
        };
    }
}
