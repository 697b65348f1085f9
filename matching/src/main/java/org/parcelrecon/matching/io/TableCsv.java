package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.text.TextFiles;
import org.parcelrecon.matching.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file with a header row into a {@link Table}.
 *
 * <p>The first record names the columns; a blank name becomes {@code column_N} (1-based) and a repeated name
 * gets {@code _2}, {@code _3}, ... (with a warning). Every following record becomes one row, in order, or a
 * {@link RejectedRow} with its line and reason; blank lines are skipped. Values are trimmed and blank values are
 * missing. Quoting follows RFC 4180: whitespace before an opening quote is skipped (FEBRL's {@code ", "}
 * separators), and quoted fields may hold line breaks. A row is rejected when:
 * <ul>
 *   <li>it has more or fewer fields than the header (its values would land in the wrong columns);</li>
 *   <li>a quote in it is never closed, or is closed and followed by text ({@code "An"x}). When such a quote swallowed
 *       the lines after its own, only the row where it opened is rejected: the lines it swallowed are read again
 *       as rows of their own, so one stray quote costs one row, not the rest of the file.</li>
 * </ul>
 * {@link #readChecked} returns the rejections as data ({@link TableRead}); {@link #read} returns only the table and
 * logs each rejection at warn level. Only I/O errors throw.
 *
 * <p>Example: {@code unique_id,first_name,dob\n0,Robert,1971-06-24\n1,,\n2\n} gives 2 rows (row 1 has only its
 * id) and rejects line 4 (1 field; the header has 3).
 *
 * <p>Stateless and thread-safe: a call shares nothing with another but what it is given.
 */
public final class TableCsv {
    private static final Logger LOG = LoggerFactory.getLogger(TableCsv.class);

    private TableCsv() {
    }

    /**
     * Reads a CSV file (encoding detected: {@link TextFiles}); rejected rows are logged and left out (see
     * {@link #readChecked(Path)}).
     *
     * @param file the CSV file
     * @return the table
     * @throws IOException if the file cannot be read or has no header
     */
    public static Table read(Path file) throws IOException {
        return logged(readChecked(file));
    }

    /**
     * Reads only the named columns of a UTF-8 CSV file (in the file's order; names the header lacks are ignored):
     * the other fields are parsed but never stored, which saves most of the time and memory on a wide register.
     * Rejected rows are logged and left out.
     *
     * @param file the CSV file
     * @param columns the names of the columns to keep
     * @return the table of those columns
     * @throws IOException if the file cannot be read or has no header
     */
    public static Table read(Path file, java.util.Collection<String> columns) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columns, "columns");
        try (BufferedReader reader = TextFiles.open(file, TextFileEncoding.AUTO)) {
            return logged(read(reader, ',', Set.copyOf(columns), String.valueOf(file.getFileName()), null));
        }
    }

    /**
     * Reads the columns a mapping names, under the mapping's names: column {@code NAME} of the result holds the
     * file's column {@code columns.get(NAME)} (see {@link Table#withColumns}); the file's other columns are parsed
     * but never stored. How the CLI's {@code --left-columns id=row_no,full_name=user_name,...} reads an export.
     * Rejected rows are logged and left out (see {@link #readChecked(Path, java.util.Map)}).
     *
     * @throws IllegalArgumentException if the file has no column the mapping names (the message lists the file's
     *                                  columns)
     * @param file the CSV file
     * @param columns for each column of the result, the file's column it holds
     * @return the table of those columns
     * @throws IOException if the file cannot be read or has no header
     */
    public static Table read(Path file, java.util.Map<String, String> columns) throws IOException {
        return logged(readChecked(file, columns));
    }

    /**
     * Reads comma-separated text. The reader is not closed. Rejected rows are logged and left out.
     *
     * @param reader the CSV text
     * @return the table
     * @throws IOException if the text cannot be read or has no header
     */
    public static Table read(Reader reader) throws IOException {
        return read(reader, ',');
    }

    /**
     * Reads text separated by {@code separator} (e.g. {@code ';'} or {@code '\t'}). The reader is not closed.
     * Rejected rows are logged and left out.
     *
     * @param reader the text
     * @param separator the field separator
     * @return the table
     * @throws IOException if the text cannot be read or has no header
     */
    public static Table read(Reader reader, char separator) throws IOException {
        return logged(read(Objects.requireNonNull(reader, "reader"), separator, null, "input", null));
    }

    /**
     * Reads a CSV file (encoding detected: {@link TextFiles}), with its rejected rows.
     *
     * @param file the CSV file
     * @return the table and the rows rejected
     * @throws IOException if the file cannot be read or has no header
     */
    public static TableRead readChecked(Path file) throws IOException {
        return readChecked(file, TextFileEncoding.AUTO);
    }

    /**
     * Reads a CSV file in the given encoding ({@link TextFileEncoding#AUTO} detects it), with its rejected rows.
     *
     * @throws IOException if the file cannot be read or is not in that encoding (the message names file and line)
     * @param file the CSV file
     * @param encoding the file's encoding
     * @return the table and the rows rejected
     */
    public static TableRead readChecked(Path file, TextFileEncoding encoding) throws IOException {
        Objects.requireNonNull(file, "file");
        try (BufferedReader reader = TextFiles.open(file, encoding)) {
            return read(reader, ',', null, String.valueOf(file.getFileName()), null);
        }
    }

    /**
     * Reads the columns a mapping names, under the mapping's names (as {@link #read(Path, java.util.Map)}), with
     * the rejected rows.
     *
     * @throws IllegalArgumentException if the file has no column the mapping names (the message lists the file's
     *                                  columns)
     * @param file the CSV file
     * @param columns for each column of the result, the file's column it holds
     * @return the table and the rows rejected
     * @throws IOException if the file cannot be read, has no header or lacks a mapped column
     */
    public static TableRead readChecked(Path file, java.util.Map<String, String> columns) throws IOException {
        return readChecked(file, columns, TextFileEncoding.AUTO);
    }

    /**
     * As {@link #readChecked(Path, java.util.Map)}, in the given encoding ({@link TextFileEncoding#AUTO} detects it).
     *
     * @throws IllegalArgumentException if the file has no column the mapping names
     * @param file the CSV file
     * @param columns for each column of the result, the file's column it holds
     * @param encoding the file's encoding
     * @return the table and the rows rejected
     * @throws IOException if the file cannot be read, has no header or lacks a mapped column
     */
    public static TableRead readChecked(Path file, java.util.Map<String, String> columns, TextFileEncoding encoding)
            throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columns, "columns");
        TableRead read;
        List<String> fileColumns = new ArrayList<>();
        try (BufferedReader reader = TextFiles.open(file, encoding)) {
            read = read(reader, ',', Set.copyOf(columns.values()), String.valueOf(file.getFileName()), fileColumns);
        }
        for (java.util.Map.Entry<String, String> e : new java.util.TreeMap<>(columns).entrySet()) {
            if (read.table().columnIndex(e.getValue()).isEmpty()) {
                throw new IllegalArgumentException("no column '" + e.getValue() + "' (for '" + e.getKey() + "') in "
                        + file.getFileName() + "; its columns are " + fileColumns);
            }
        }
        return read.withColumns(columns);
    }

    /**
     * Reads text separated by {@code separator}, with its rejected rows named {@code source}. Not closed.
     *
     * @param reader the text; not closed
     * @param separator the field separator
     * @param source the text's name in rejections
     * @return the table and the rows rejected
     * @throws IOException if the text cannot be read or has no header
     */
    public static TableRead readChecked(Reader reader, char separator, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        return read(reader, separator, null, source, null);
    }

    private static Table logged(TableRead read) {
        for (RejectedRow r : read.rejected()) {
            LOG.warn("{}: row left out: {}", r.location(), r.reason());
        }
        for (String w : read.warnings()) {
            LOG.warn("{}: {}", read.source(), w);
        }
        return read.table();
    }

    /** The table; the file's column names are added to {@code fileColumns} when it is not null. */
    private static TableRead read(Reader reader, char separator, Set<String> only, String source,
                                  List<String> fileColumns) throws IOException {
        Objects.requireNonNull(reader, "reader");
        CsvParser parser = new CsvParser(reader instanceof BufferedReader ? reader : new BufferedReader(reader),
                separator);
        List<String> header = parser.next();
        if (header == null) {
            return new TableRead(source, Table.builder(List.of()).build(), new long[0], List.of(), List.of());
        }
        List<String> warnings = new ArrayList<>();
        List<String> names = columnNames(header, warnings);
        if (fileColumns != null) {
            fileColumns.addAll(names);
        }
        int width = header.size();
        boolean[] keep = null;
        int[] kept = null;
        if (only != null) {
            keep = new boolean[names.size()];
            List<String> keptNames = new ArrayList<>();
            List<Integer> keptIndexes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (only.contains(names.get(i))) {
                    keep[i] = true;
                    keptNames.add(names.get(i));
                    keptIndexes.add(i);
                }
            }
            names = keptNames;
            kept = keptIndexes.stream().mapToInt(Integer::intValue).toArray();
            if (keep.length > 0) {
                keep[0] = true; // built always, to tell a blank line from a record
            }
        }
        Table.Builder builder = Table.builder(names);
        List<RejectedRow> rejected = new ArrayList<>();
        long[] lines = new long[1024];
        int rows = 0;
        List<String> record;
        String[] row = kept == null ? null : new String[kept.length];
        while ((record = parser.next(keep)) != null) {
            if (record.size() == 1 && record.get(0) != null && record.get(0).isBlank()) {
                continue;
            }
            RejectedRow bad = rejection(parser, record.size(), width, source);
            if (bad != null) {
                rejected.add(bad);
                continue;
            }
            if (kept == null) {
                builder.addRow(record);
            } else {
                for (int i = 0; i < kept.length; i++) {
                    row[i] = kept[i] < record.size() ? record.get(kept[i]) : null;
                }
                builder.addRow(row);
            }
            if (rows == lines.length) {
                lines = java.util.Arrays.copyOf(lines, rows * 2);
            }
            lines[rows++] = parser.recordLine();
        }
        return new TableRead(source, builder.build(), java.util.Arrays.copyOf(lines, rows), rejected, warnings);
    }

    /**
     * The rejection of the record just read, or null when it can be a row. When a quote in it swallowed later lines,
     * the parser is set to read them again.
     */
    static RejectedRow rejection(CsvParser parser, int fields, int width, String source) {
        String problem = problem(parser, fields, width);
        if (problem == null) {
            return null;
        }
        if (parser.lastRecordSpannedLines()) {
            RejectedRow r = new RejectedRow(source, parser.recordLine(), problem + " (a quote opened on this line runs"
                    + " on past it; the lines after it are read as rows of their own)");
            parser.replayLastRecordAfterFirstLine();
            return r;
        }
        return new RejectedRow(source, parser.recordLine(), problem);
    }

    /** Why the record just read cannot be a row, or null when it can. */
    private static String problem(CsvParser parser, int fields, int width) {
        if (parser.lastRecordHadUnterminatedQuote()) {
            return "a quote opened in this row is never closed";
        }
        if (parser.lastRecordHadTextAfterClosingQuote()) {
            return "a quoted field is followed by text before the next separator";
        }
        if (fields != width) {
            return "the row has " + fields + (fields == 1 ? " field" : " fields") + "; the header has " + width;
        }
        return null;
    }

    static List<String> columnNames(List<String> header, List<String> warnings) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
            }
            String unique = name;
            for (int n = 2; !seen.add(unique); n++) {
                unique = name + "_" + n;
            }
            if (!unique.equals(name)) {
                warnings.add("column " + (i + 1) + " repeats the name '" + name + "'; it is read as '" + unique + "'");
            }
            names.add(unique);
        }
        return names;
    }
}
