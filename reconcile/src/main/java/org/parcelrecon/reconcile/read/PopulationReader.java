package org.parcelrecon.reconcile.read;

import org.parcelrecon.core.input.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.text.TextFiles;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.io.CsvRows;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.io.TableRead;

/**
 * Reads a population registry export (CSV with a header row) into a linking {@link Table} with the columns of the
 * Vietnamese person preset: {@code id} (the citizen ID), {@code full_name}, {@code birth}, {@code citizen_id},
 * {@code old_id}, {@code commune} (the address, whose commune part the preset finds) and {@code address} (the same
 * cell, whose village the preset compares); a column the file lacks is
 * left out. Columns are recognised by name ({@link PopulationField}) or mapped by the caller;
 * encodings as {@link RegisterReader}. A row of the wrong width, or without a citizen ID or a name, is rejected
 * with its line and reason (ID numbers masked).
 *
 * <p>Immutable and thread-safe.
 */
public final class PopulationReader {
    /** The linking table's columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "full_name", "birth", "citizen_id", "old_id", "commune",
            "address");

    private final Map<PopulationField, String> mapping;
    private final TextFileEncoding encoding;

    private PopulationReader(Map<PopulationField, String> mapping, TextFileEncoding encoding) {
        this.mapping = mapping;
        this.encoding = encoding;
    }

    /** {@return a reader that recognises columns by name and detects the encoding} */
    public static PopulationReader defaults() {
        return new PopulationReader(Map.of(), TextFileEncoding.AUTO);
    }

    /**
     * {@return this reader, taking each mapped field from the named column}
     *
     * @param columns the column of each field, by header name
     */
    public PopulationReader withColumns(Map<PopulationField, String> columns) {
        return new PopulationReader(Map.copyOf(columns), encoding);
    }

    /**
     * {@return this reader, decoding files in this encoding instead of detecting it}
     *
     * @param value the encoding the files are in
     */
    public PopulationReader withEncoding(TextFileEncoding value) {
        return new PopulationReader(mapping, Objects.requireNonNull(value, "encoding"));
    }

    /**
     * Reads the file, through matching's fast CSV reader ({@link TableCsv#readChecked}), which rejects rows of the
     * wrong width or with a broken quote with their lines.
     *
     * @throws IOException if it cannot be read, is empty, lacks the citizen-ID or name column, or is not text in
     *                     its encoding
     * @param file the population registry's CSV export
     * @return the citizens read and the rows rejected
     */
    public PopulationTable read(Path file) throws IOException {
        String source = String.valueOf(file.getFileName());
        List<String> header;
        try (BufferedReader in = TextFiles.open(file, encoding)) {
            String first = in.readLine();
            // read as TableCsv reads it below: a malformed header (a quote and then text) is names, not a crash
            header = first == null ? List.of() : new CsvRows(new java.io.StringReader(first), ',', source).header();
        } catch (IOException e) {
            throw RegisterReader.withOption(e, "--population-encoding");
        }
        if (header.isEmpty()) {
            throw new IOException(source + ": empty file, or no header row; a population needs a header naming"
                    + " its columns (citizen_id, full_name, birth_date, ...)");
        }
        EnumMap<PopulationField, Integer> at = Headers.resolve(source, header, PopulationField.class,
                PopulationField::headers, mapping);
        if (!at.containsKey(PopulationField.CITIZEN_ID) || !at.containsKey(PopulationField.FULL_NAME)) {
            throw new IOException(source + ": no citizen-ID or full-name column in the header " + header
                    + "; name them with --population-columns citizen_id=COLUMN,full_name=COLUMN");
        }
        Map<PopulationField, String> columns = new EnumMap<>(PopulationField.class);
        at.forEach((f, i) -> columns.put(f, header.get(i)));
        // the table's columns as the preset names them; the ID column is the row id too
        Map<String, String> as = new java.util.LinkedHashMap<>();
        as.put("id", columns.get(PopulationField.CITIZEN_ID));
        as.put("full_name", columns.get(PopulationField.FULL_NAME));
        as.put("citizen_id", columns.get(PopulationField.CITIZEN_ID));
        if (columns.containsKey(PopulationField.BIRTH)) {
            as.put("birth", columns.get(PopulationField.BIRTH));
        }
        if (columns.containsKey(PopulationField.OLD_ID)) {
            as.put("old_id", columns.get(PopulationField.OLD_ID));
        }
        if (columns.containsKey(PopulationField.ADDRESS)) {
            as.put("commune", columns.get(PopulationField.ADDRESS));
            as.put("address", columns.get(PopulationField.ADDRESS));
        }
        TableRead read;
        try {
            read = TableCsv.readChecked(file, as, encoding);
        } catch (IOException e) {
            throw RegisterReader.withOption(e, "--population-encoding");
        }
        if (read.rowsRead() == 0) {
            throw new IOException(source + ": the population has a header but no rows");
        }
        List<RejectedRow> rejected = new ArrayList<>();
        for (RejectedRow r : read.rejected()) {
            rejected.add(new RejectedRow(source, r.line(), CitizenIds.maskWithin(r.reason())));
        }
        Table all = read.table();
        int name = all.columnIndex("full_name").orElseThrow();
        int id = all.columnIndex("citizen_id").orElseThrow();
        long[] lines = new long[all.size()];
        int kept = 0;
        boolean[] keep = new boolean[all.size()];
        for (int row = 0; row < all.size(); row++) {
            boolean hasId = all.value(row, id).isPresent();
            boolean hasName = all.value(row, name).isPresent();
            if (hasId && hasName) {
                keep[row] = true;
                lines[kept++] = read.line(row);
            } else {
                rejected.add(new RejectedRow(source, read.line(row), hasId ? "no name" : "no citizen ID"));
            }
        }
        rejected.sort(java.util.Comparator.comparingLong(RejectedRow::line));
        Table citizens = kept == all.size() ? all : all.filterRows(row -> keep[row]);
        return new PopulationTable(source, columns, citizens, Arrays.copyOf(lines, kept), rejected,
                citizens.size() + rejected.size());
    }
}
