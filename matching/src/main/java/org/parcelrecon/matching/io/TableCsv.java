package org.parcelrecon.matching.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parcelrecon.matching.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file with a header row into a {@link Table}.
 *
 * <p>The first record names the columns; a blank name becomes {@code column_N} (1-based) and a repeated name
 * gets {@code _2}, {@code _3}, ... Every following record becomes one row, in order: short rows leave their last
 * cells missing, long rows' extra cells are ignored (see {@link Table#extraCellCount()}), blank lines are skipped.
 * Values are trimmed and blank values are missing. Quoting follows RFC 4180, forgivingly: whitespace before an
 * opening quote is skipped (FEBRL's {@code ", "} separators), and a quote left open at the end of the file closes
 * there. Nothing in the data makes this throw; only I/O errors do.
 *
 * <p>Example: {@code unique_id,first_name,dob\n0,Robert,1971-06-24\n1,,\n} gives 2 rows; row 1 has only its id.
 */
public final class TableCsv {
    private static final Logger LOG = LoggerFactory.getLogger(TableCsv.class);

    private TableCsv() {
    }

    /** Reads a UTF-8 CSV file. */
    public static Table read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, ',');
        }
    }

    /**
     * Reads only the named columns of a UTF-8 CSV file (in the file's order; names the header lacks are ignored):
     * the other fields are parsed but never stored, which saves most of the time and memory on a wide register.
     */
    public static Table read(Path file, java.util.Collection<String> columns) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(columns, "columns");
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, ',', Set.copyOf(columns));
        }
    }

    /**
     * Reads the columns a mapping names, under the mapping's names: column {@code NAME} of the result holds the
     * file's column {@code columns.get(NAME)} (see {@link Table#withColumns}); the file's other columns are parsed
     * but never stored. How the CLI's {@code --left-columns id=row_no,full_name=user_name,...} reads an export.
     *
     * @throws IllegalArgumentException if the file has no column the mapping names (the message lists the columns
     *                                  read)
     */
    public static Table read(Path file, java.util.Map<String, String> columns) throws IOException {
        Objects.requireNonNull(columns, "columns");
        return read(file, columns.values()).withColumns(columns);
    }

    /** Reads comma-separated text. The reader is not closed. */
    public static Table read(Reader reader) throws IOException {
        return read(reader, ',');
    }

    /** Reads text separated by {@code separator} (e.g. {@code ';'} or {@code '\t'}). The reader is not closed. */
    public static Table read(Reader reader, char separator) throws IOException {
        return read(reader, separator, null);
    }

    private static Table read(Reader reader, char separator, Set<String> only) throws IOException {
        Objects.requireNonNull(reader, "reader");
        CsvParser parser = new CsvParser(reader instanceof BufferedReader ? reader : new BufferedReader(reader),
                separator);
        List<String> header = parser.next();
        if (header == null) {
            return Table.builder(List.of()).build();
        }
        List<String> names = columnNames(header);
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
        List<String> record;
        String[] row = kept == null ? null : new String[kept.length];
        while ((record = parser.next(keep)) != null) {
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (parser.lastRecordHadUnterminatedQuote()) {
                LOG.warn("line {}: a quote opened and never closed; the rest of the file was read as one value",
                        parser.recordLine());
            }
            if (kept == null) {
                builder.addRow(record);
            } else {
                for (int i = 0; i < kept.length; i++) {
                    row[i] = kept[i] < record.size() ? record.get(kept[i]) : null;
                }
                builder.addRow(row);
            }
        }
        return builder.build();
    }

    static List<String> columnNames(List<String> header) {
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
            names.add(unique);
        }
        return names;
    }
}
