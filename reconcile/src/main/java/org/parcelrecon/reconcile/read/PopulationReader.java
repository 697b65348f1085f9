package org.parcelrecon.reconcile.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.text.TextFiles;
import org.parcelrecon.matching.Table;

/**
 * Reads a population registry export (CSV with a header row) into a linking {@link Table} with the columns of the
 * Vietnamese person preset: {@code id} (the row's line, so that citizens stay apart even when an ID repeats),
 * {@code full_name}, {@code birth}, {@code citizen_id}, {@code old_id} and {@code commune} (the address, whose
 * commune part the preset finds). Columns are recognised by name ({@link PopulationField}) or mapped by the caller;
 * encodings as {@link RegisterReader}. A row of the wrong width, or without a citizen ID or a name, is rejected
 * with its line and reason (ID numbers masked).
 *
 * <p>Immutable and thread-safe.
 */
public final class PopulationReader {
    /** The linking table's columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "full_name", "birth", "citizen_id", "old_id", "commune");

    private final Map<PopulationField, String> mapping;
    private final TextFileEncoding encoding;

    private PopulationReader(Map<PopulationField, String> mapping, TextFileEncoding encoding) {
        this.mapping = mapping;
        this.encoding = encoding;
    }

    /** A reader that recognises columns by name and detects the encoding. */
    public static PopulationReader defaults() {
        return new PopulationReader(Map.of(), TextFileEncoding.AUTO);
    }

    /** This reader, taking each mapped field from the named column. */
    public PopulationReader withColumns(Map<PopulationField, String> columns) {
        return new PopulationReader(Map.copyOf(columns), encoding);
    }

    /** This reader, decoding files in this encoding instead of detecting it. */
    public PopulationReader withEncoding(TextFileEncoding value) {
        return new PopulationReader(mapping, Objects.requireNonNull(value, "encoding"));
    }

    /**
     * Reads the file.
     *
     * @throws IOException if it cannot be read, is empty, lacks the citizen-ID or name column, or is not text in
     *                     its encoding
     */
    public PopulationTable read(Path file) throws IOException {
        String source = String.valueOf(file.getFileName());
        try (Reader in = TextFiles.open(file, encoding)) {
            return read(in, source);
        } catch (IOException e) {
            String m = e.getMessage();
            throw m != null && m.contains("--encoding")
                    ? new IOException(m.replace("--encoding", "--population-encoding"), e) : e;
        }
    }

    /** Reads a population from text; {@code source} names it in messages. */
    public PopulationTable read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                        org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        Table.Builder citizens = Table.builder(COLUMNS);
        long[] lines = new long[1024];
        List<RejectedRow> rejected = new java.util.ArrayList<>();
        long rows = 0;
        Map<PopulationField, String> columns = new EnumMap<>(PopulationField.class);
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> header = parser.getHeaderNames();
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
            at.forEach((f, i) -> columns.put(f, header.get(i)));
            int width = header.size();
            long nextLine = 2;
            String[] row = new String[COLUMNS.size()];
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rows++;
                    rejected.add(new RejectedRow(source, nextLine, "the file breaks off here; nothing after this"
                            + " line was read", ""));
                    break;
                }
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && width > 1 && record.get(0).isEmpty()) {
                    continue; // a blank line is not a row
                }
                rows++;
                if (record.size() != width) {
                    rejected.add(new RejectedRow(source, line, "expected " + width + " cells, found " + record.size(),
                            CitizenIds.maskWithin(String.join(",", record.toList()))));
                    continue;
                }
                String id = get(record, at, PopulationField.CITIZEN_ID);
                String name = get(record, at, PopulationField.FULL_NAME);
                if (id.isEmpty() || name.isEmpty()) {
                    rejected.add(new RejectedRow(source, line, id.isEmpty() ? "no citizen ID" : "no name",
                            CitizenIds.maskWithin(String.join(",", record.toList()))));
                    continue;
                }
                row[0] = "P" + line;
                row[1] = name;
                row[2] = get(record, at, PopulationField.BIRTH);
                row[3] = id;
                row[4] = get(record, at, PopulationField.OLD_ID);
                row[5] = get(record, at, PopulationField.ADDRESS);
                int n = citizens.size();
                if (n == lines.length) {
                    lines = Arrays.copyOf(lines, n * 2);
                }
                lines[n] = line;
                citizens.addRow(row);
            }
        }
        if (rows == 0) {
            throw new IOException(source + ": the population has a header but no rows");
        }
        Table table = citizens.build();
        return new PopulationTable(source, columns, table, Arrays.copyOf(lines, table.size()), rejected, rows);
    }

    private static String get(CSVRecord record, Map<PopulationField, Integer> at, PopulationField field) {
        Integer i = at.get(field);
        return i == null ? "" : record.get(i).strip();
    }
}
