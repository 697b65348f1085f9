package org.parcelrecon.reconcile;

import java.util.List;
import java.util.Objects;
import org.parcelrecon.reconcile.decide.CommuneResult;
import org.parcelrecon.core.input.RejectedRow;

/**
 * The outcome of a run: every commune's verdicts, every row that could not be read, and what did not run.
 *
 * <p>Every register row is in exactly one record or in {@link #rejected()} (as a row of the register's file):
 * {@code registerRowsRead == province().registerRows() + rejectedRegisterRows()}.
 *
 * @param registerSource     the register's file name
 * @param registerRowsRead   the register's data rows
 * @param communes           the communes' verdicts, in commune-code order, when the run kept them
 *                           ({@link Reconciler#run(ReconcileInput, RunProgress)}); empty when they were handed to
 *                           a {@link CommuneSink} instead
 * @param rejected           rows and features that could not be read: register, population and maps, each in file
 *                           order
 * @param skippedRules       the rules that did not run for lack of a map or a population
 * @param persons            the land users linking looked for (persons, not organisations)
 * @param linkedPersons      the persons linked to a citizen
 * @param summary            progress by area
 */
public record ReconcileResult(String registerSource, long registerRowsRead, List<CommuneResult> communes,
                              List<RejectedRow> rejected, List<String> skippedRules, long persons, long linkedPersons, List<SummaryRow> summary) {
    /**
     * Copies the lists.
     *
     * @param registerSource the register's file name
     * @param registerRowsRead the register's data rows
     * @param communes the communes' verdicts, in commune-code order, when the run kept them ({@link
     *     Reconciler#run(ReconcileInput, RunProgress)}); empty when they were handed to a {@link CommuneSink} instead
     * @param rejected rows and features that could not be read: register, population and maps, each in file order
     * @param skippedRules the rules that did not run for lack of a map or a population
     * @param persons the land users linking looked for (persons, not organisations)
     * @param linkedPersons the persons linked to a citizen
     * @param summary progress by area
     */
    public ReconcileResult {
        Objects.requireNonNull(registerSource, "registerSource");
        communes = List.copyOf(communes);
        rejected = List.copyOf(rejected);
        skippedRules = List.copyOf(skippedRules);
        summary = List.copyOf(summary);
    }

    /** {@return the register rows that could not be read} */
    public long rejectedRegisterRows() {
        return rejected.stream().filter(r -> r.source().equals(registerSource)).count();
    }

    /** {@return the province's summary row} */
    public SummaryRow province() {
        return summary.get(0);
    }
}
