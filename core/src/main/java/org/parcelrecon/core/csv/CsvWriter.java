package org.parcelrecon.core.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The one CSV writer every parcelrecon output goes through: a header row, comma-separated, RFC 4180 quoting (a cell
 * with a comma, quote or line break is quoted, quotes doubled), {@code \n} line ends, and every cell made safe for a
 * spreadsheet by {@link SpreadsheetCells#escapeFormula} ({@code "=cmd"} is written {@code "'=cmd"}, {@code "-12.5"}
 * stays a number). Files opened by {@link #create(Path, List)} start with a UTF-8 byte-order mark, so that Excel
 * reads Vietnamese text as UTF-8.
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.create(dir.resolve("records.csv"), List.of("line", "status", "reasons"))) {
 *     csv.row("17", "REVIEW", "AREA_MISMATCH;RENUMBERED");
 *     csv.row("18", "CLEAN", "");
 * }
 * }</pre>
 * A null cell is written empty. A row with more or fewer cells than the header is a caller's mistake
 * ({@link IllegalArgumentException}): a short row in a result file would shift its columns silently.
 *
 * <p>Not thread-safe: one writer per file, written from one thread at a time.
 */
public final class CsvWriter implements Closeable, Flushable {
    /** The byte-order mark written first to files, so spreadsheets read UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private final int columns;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    private CsvWriter(Writer out, List<String> header) throws IOException {
        this.out = out;
        this.columns = header.size();
        if (columns == 0) {
            throw new IllegalArgumentException("a CSV file needs at least one column");
        }
        row(header);
        rows = 0;
    }

    /**
     * {@return a new file (replaced if it exists) in UTF-8 with a byte-order mark, starting with the header row}
     *
     * @throws IOException if the file cannot be created
     * @param file the file to write
     * @param header the column names of the first row
     */
    public static CsvWriter create(Path file, List<String> header) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        BufferedWriter w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        try {
            w.write(BYTE_ORDER_MARK);
            return new CsvWriter(w, header);
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /**
     * {@return a writer onto {@code out} (no byte-order mark: the caller owns the stream's start), starting with the
     * header row}
     * Closing this writer closes {@code out}.
     *
     * @param out where the rows go; this writer owns it from now on
     * @param header the column names of the first row
     * @throws IOException if the header row cannot be written
     */
    public static CsvWriter of(Writer out, List<String> header) throws IOException {
        return new CsvWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(header, "header"));
    }

    /**
     * Writes one row; cells as text, null as empty.
     *
     * @param cells the row's cells, in header order
     * @throws IOException if the row cannot be written
     */
    public void row(String... cells) throws IOException {
        checkWidth(cells.length);
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendCell(line, cells[i]);
        }
        line.append('\n');
        out.append(line);
        rows++;
    }

    /**
     * Writes one row; cells as text, null as empty.
     *
     * @param cells the row's cells, in header order
     * @throws IOException if the row cannot be written
     */
    public void row(List<String> cells) throws IOException {
        row(cells.toArray(new String[0]));
    }

    /** {@return the data rows written so far (the header not counted)} */
    public long rowCount() {
        return rows;
    }

    private void checkWidth(int n) {
        if (n != columns) {
            throw new IllegalArgumentException("row has " + n + " cells; the header has " + columns);
        }
    }

    /**
     * Appends one cell as this writer writes it: formula-escaped, then quoted when needed.
     *
     * @param b the line being built
     * @param value the cell's text; null writes an empty cell
     */
    public static void appendCell(StringBuilder b, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String v = SpreadsheetCells.escapeFormula(value);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    /**
     * {@return one cell as this writer writes it (formula-escaped, quoted when needed)}
     *
     * @param value the cell's text; null gives an empty cell
     */
    public static String cell(String value) {
        StringBuilder b = new StringBuilder(value == null ? 0 : value.length() + 2);
        appendCell(b, value);
        return b.toString();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
