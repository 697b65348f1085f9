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
 * <p>A writer of many rows can also build a row cell by cell, without an array per row:
 * <pre>{@code
 * csv.add("17").add("REVIEW").endRow();
 * }</pre>
 * Both ways write the same bytes for the same cells. A row is copied to the underlying writer as a {@code char[]}
 * (no {@code String} per row), and a signed decimal such as {@code -12.5} is recognised as a number without
 * parsing it.
 *
 * <p>Not thread-safe: one writer per file, written from one thread at a time.
 */
public final class CsvWriter implements Closeable, Flushable {
    /** The byte-order mark written first to files, so spreadsheets read UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;
    private final int columns;
    private final StringBuilder line = new StringBuilder(256);
    /** The line's chars, copied out in one go for the writer (no {@code String} per row). */
    private char[] chars = new char[256];
    /** Cells of the row being built by {@link #add}, 0 between rows. */
    private int cellsInRow;
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
        requireNoOpenRow();
        checkWidth(cells.length);
        line.setLength(0);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendCell(line, cells[i]);
        }
        writeLine();
    }

    /**
     * Adds one cell to the row being built (a new row if none is); end the row with {@link #endRow()}. The cell is
     * escaped and quoted as {@link #row(String...)} does it.
     *
     * @param value the cell's text; null writes an empty cell
     * @return this writer, for the next cell
     * @throws IllegalArgumentException if the row already has as many cells as the header
     */
    public CsvWriter add(String value) {
        if (cellsInRow == columns) {
            throw new IllegalArgumentException("row has more cells than the header's " + columns);
        }
        if (cellsInRow == 0) {
            line.setLength(0);
        } else {
            line.append(',');
        }
        cellsInRow++;
        appendCell(line, value);
        return this;
    }

    /**
     * Writes the row built by {@link #add} calls.
     *
     * @throws IOException if the row cannot be written
     * @throws IllegalArgumentException if the row has fewer cells than the header (the row is dropped)
     */
    public void endRow() throws IOException {
        int n = cellsInRow;
        cellsInRow = 0;
        checkWidth(n);
        writeLine();
    }

    private void requireNoOpenRow() {
        if (cellsInRow != 0) {
            throw new IllegalStateException("a row built cell by cell is not ended (endRow)");
        }
    }

    private void writeLine() throws IOException {
        line.append('\n');
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        line.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
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
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (quote) {
            b.append('"');
        }
        if (SpreadsheetCells.isFormula(value)) {
            b.append('\'');
        }
        if (!quote) {
            b.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
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
        requireNoOpenRow();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
