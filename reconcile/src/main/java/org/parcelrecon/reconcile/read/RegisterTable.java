package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link RegisterReader} got from a register file: every data row is in exactly one of {@link #entries()}
 * and {@link #rejected()}, so {@code entries().size() + rejected().size() == rowsRead()}.
 *
 * @param source   the file name
 * @param columns  which header column each recognised field came from (field → header name), in field order
 * @param entries  the rows read, in file order
 * @param rejected the rows that could not be read, in file order
 * @param rowsRead the data rows in the file (the header not counted)
 */
public record RegisterTable(String source, Map<RegisterField, String> columns, List<RegisterEntry> entries,
                            List<RejectedRow> rejected, long rowsRead) {
    /**
     * Copies the collections and checks that every row is accounted for.
     *
     * @param source the file name
     * @param columns which header column each recognised field came from (field → header name), in field order
     * @param entries the rows read, in file order
     * @param rejected the rows that could not be read, in file order
     * @param rowsRead the data rows in the file (the header not counted)
     */
    public RegisterTable {
        Objects.requireNonNull(source, "source");
        columns = columns.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(columns));
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
        if (entries.size() + rejected.size() != rowsRead) {
            throw new IllegalArgumentException(entries.size() + " entries and " + rejected.size()
                    + " rejected rows do not add up to the " + rowsRead + " rows read");
        }
    }
}
