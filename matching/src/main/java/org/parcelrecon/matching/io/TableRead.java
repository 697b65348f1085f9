package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.parcelrecon.matching.Table;

/**
 * A table read from a CSV file, with the rows the reader had to leave out and what it noticed about the header.
 *
 * <p>Every data row of the file (blank lines aside) is in exactly one of {@link #table()} and {@link #rejected()}, in
 * file order, so {@link #rowsRead()} is {@code table().size() + rejected().size()}. {@link #line(int)} gives the
 * file line of each table row, for messages.
 *
 * <p>Immutable and thread-safe.
 */
public final class TableRead {
    private final String source;
    private final Table table;
    private final long[] lines;
    private final List<RejectedRow> rejected;
    private final List<String> warnings;

    TableRead(String source, Table table, long[] lines, List<RejectedRow> rejected, List<String> warnings) {
        if (lines.length != table.size()) {
            throw new IllegalArgumentException(lines.length + " lines for " + table.size() + " rows");
        }
        this.source = Objects.requireNonNull(source, "source");
        this.table = table;
        this.lines = lines;
        this.rejected = List.copyOf(rejected);
        this.warnings = List.copyOf(warnings);
    }

    /** {@return the file name} */
    public String source() {
        return source;
    }

    /** {@return the rows that were read, in file order} */
    public Table table() {
        return table;
    }

    /** {@return the rows left out, each with its line and reason, in file order} */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    /**
     * Remarks about the file as a whole (e.g. a repeated column name), for a person.
     *
     * @return the remarks, in the order found
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * {@return the 1-based file line where table row {@code row} starts}
     *
     * @param row a row of the table
     */
    public long line(int row) {
        Objects.checkIndex(row, lines.length);
        return lines[row];
    }

    /** {@return the data rows of the file: read plus rejected} */
    public long rowsRead() {
        return (long) table.size() + rejected.size();
    }

    /**
     * {@return this read with the mapping applied to the table (see {@link Table#withColumns})}
     *
     * @throws IllegalArgumentException if a mapped column is not in the table
     * @param columns for each column of the result, the column of the table it holds
     */
    public TableRead withColumns(Map<String, String> columns) {
        return new TableRead(source, table.withColumns(columns), lines, rejected, warnings);
    }

    /**
     * {@return this read with every row whose value in {@code idColumn} was seen on an earlier row moved to
     * {@link #rejected()} (the reason names the earlier line, not the id, which may be a citizen ID)} Rows without
     * an id stay. Unchanged when the table has no such column.
     *
     * @param idColumn the column that must be unique
     */
    public TableRead withUniqueIds(String idColumn) {
        OptionalInt column = table.columnIndex(idColumn);
        if (column.isEmpty()) {
            return this;
        }
        Map<String, Long> firstLine = new HashMap<>();
        boolean[] duplicate = new boolean[table.size()];
        List<RejectedRow> moved = new ArrayList<>();
        for (int row = 0; row < table.size(); row++) {
            String id = table.value(row, column.getAsInt()).orElse(null);
            if (id == null) {
                continue;
            }
            Long earlier = firstLine.putIfAbsent(id, lines[row]);
            if (earlier != null) {
                duplicate[row] = true;
                moved.add(new RejectedRow(source, lines[row], "the " + idColumn + " of this row is already on line "
                        + earlier + "; ids must be unique"));
            }
        }
        if (moved.isEmpty()) {
            return this;
        }
        long[] keptLines = new long[table.size() - moved.size()];
        int n = 0;
        for (int row = 0; row < lines.length; row++) {
            if (!duplicate[row]) {
                keptLines[n++] = lines[row];
            }
        }
        List<RejectedRow> all = new ArrayList<>(rejected);
        all.addAll(moved);
        all.sort(java.util.Comparator.comparingLong(RejectedRow::line));
        return new TableRead(source, table.filterRows(row -> !duplicate[row]), keptLines, all, warnings);
    }

    @Override
    public String toString() {
        return source + ": " + table.size() + " rows, " + rejected.size() + " rejected"
                + (warnings.isEmpty() ? "" : ", warnings " + warnings);
    }
}
