package org.parcelrecon.reconcile.history;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded run, as {@code parcelrecon history} lists it.
 *
 * @param id               the run's number in its history, increasing
 * @param started          when the run started
 * @param finished         when it was recorded
 * @param registerRowsRead the register's data rows
 * @param rejectedRows     the register rows that could not be read
 * @param records          the records decided
 * @param clean            the records that came out CLEAN
 * @param rules            the rules in words ({@link RunInfo#rules()})
 * @param rulesHash        their hash ({@link RunInfo#rulesHash()})
 * @param inputs           the input files, register first
 */
public record RunEntry(long id, Instant started, Instant finished, long registerRowsRead, long rejectedRows,
                       long records, long clean, String rules, String rulesHash, List<InputFile> inputs) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param id the run's number in its history, increasing
     * @param started when the run started
     * @param finished when it was recorded
     * @param registerRowsRead the register's data rows
     * @param rejectedRows the register rows that could not be read
     * @param records the records decided
     * @param clean the records that came out CLEAN
     * @param rules the rules in words ({@link RunInfo#rules()})
     * @param rulesHash their hash ({@link RunInfo#rulesHash()})
     * @param inputs the input files, register first
     */
    public RunEntry {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(rulesHash, "rulesHash");
        inputs = List.copyOf(inputs);
    }

    /** {@return the register's file name (the first input)} */
    public String registerFile() {
        return inputs.isEmpty() ? "" : inputs.get(0).name();
    }
}
