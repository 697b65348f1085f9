package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parcelrecon.matching.Table;

/**
 * The citizens {@link PopulationReader} read, as a linking table, and the rows it could not use. Every data row is
 * in exactly one of the two: {@code citizens().size() + rejected().size() == rowsRead()}.
 *
 * @param source   the file name
 * @param columns  which header column each recognised field came from
 * @param citizens one row per citizen, in file order, with the columns {@link PopulationReader#COLUMNS} names
 * @param lines    the 1-based file line of each citizen row
 * @param rejected the rows that could not be used, in file order
 * @param rowsRead the data rows in the file
 */
public record PopulationTable(String source, Map<PopulationField, String> columns, Table citizens, long[] lines,
                              List<RejectedRow> rejected, long rowsRead) {
    /**
     * Checks that every row is accounted for.
     *
     * @param source the file name
     * @param columns which header column each recognised field came from
     * @param citizens one row per citizen, in file order, with the columns {@link PopulationReader#COLUMNS} names
     * @param lines the 1-based file line of each citizen row
     * @param rejected the rows that could not be used, in file order
     * @param rowsRead the data rows in the file
     */
    public PopulationTable {
        Objects.requireNonNull(source, "source");
        columns = Map.copyOf(columns);
        Objects.requireNonNull(citizens, "citizens");
        Objects.requireNonNull(lines, "lines");
        rejected = List.copyOf(rejected);
        if (citizens.size() != lines.length || citizens.size() + rejected.size() != rowsRead) {
            throw new IllegalArgumentException(citizens.size() + " citizens and " + rejected.size()
                    + " rejected rows do not add up to the " + rowsRead + " rows read");
        }
    }
}
