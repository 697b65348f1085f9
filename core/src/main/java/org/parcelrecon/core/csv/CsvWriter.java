package org.parcelrecon.core.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
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
 * <p>A writer of many rows can also build a row cell by cell, without an array per row, and hand a reused builder
 * as a cell's text:
 * <pre>{@code
 * csv.add("17").add("REVIEW").endRow();
 * }</pre>
 * Both ways write the same bytes for the same cells.
 *
 * <p>Numbers go in as numbers: {@link #add(double, int)} writes {@link FixedDecimals}' text of them, made in place.
 *
 * <p>How the text is made: this class is the row builder (it counts cells and checks each row's width); a sink makes
 * the text. A writer onto a file or stream ({@link #create}, {@link #of(OutputStream, List)}) encodes UTF-8 itself,
 * straight into its own byte buffer, with fast ways for plain ASCII cells and numbers ({@code Utf8CsvSink}); the
 * bytes are those of a JDK {@code Writer} in UTF-8 (CsvWriterTest holds them against a reference writer,
 * randomised). A cell holding half a surrogate pair cannot be encoded in UTF-8: the row is dropped and
 * {@link MalformedInputException} thrown, as the JDK's encoder refuses it. A writer onto a {@link Writer}
 * ({@link #of(Writer, List)}) builds each line as chars and hands it over as a {@code char[]} ({@code CharCsvSink}).
 *
 * <p>Not thread-safe: one writer per file, written from one thread at a time.
 */
public final class CsvWriter implements Closeable, Flushable {
    /** The byte-order mark written first to files, so spreadsheets read UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CsvSink sink;
    private final int columns;
    /** Cells of the row being built by {@link #add}, 0 between rows. */
    private int cellsInRow;
    private long rows;

    private CsvWriter(CsvSink sink, List<String> header) throws IOException {
        this.sink = sink;
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
        OutputStream o = Files.newOutputStream(file);
        try {
            return new CsvWriter(new Utf8CsvSink(o, true), header);
        } catch (IOException | RuntimeException e) {
            o.close();
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
        return new CsvWriter(new CharCsvSink(Objects.requireNonNull(out, "out")), Objects.requireNonNull(header,
                "header"));
    }

    /**
     * {@return a writer of UTF-8 bytes onto {@code out} (no byte-order mark: the caller owns the stream's start),
     * starting with the header row}
     * It buffers rows itself (64 KB) and writes them to {@code out} in large pieces. Closing this writer closes
     * {@code out}.
     *
     * @param out where the rows go; this writer owns it from now on
     * @param header the column names of the first row
     * @throws IOException if the header row cannot be written
     */
    public static CsvWriter of(OutputStream out, List<String> header) throws IOException {
        return new CsvWriter(new Utf8CsvSink(Objects.requireNonNull(out, "out"), false),
                Objects.requireNonNull(header, "header"));
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
        sink.startRow();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sink.comma();
            }
            sink.cell(cells[i]);
        }
        sink.endRow();
        rows++;
    }

    /**
     * Adds one cell to the row being built (a new row if none is); end the row with {@link #endRow()}. The cell is
     * escaped and quoted as {@link #row(String...)} does it.
     *
     * @param value the cell's text, read at once (a builder may be reused for the next cell); null writes an empty
     *              cell
     * @return this writer, for the next cell
     * @throws IllegalArgumentException if the row already has as many cells as the header
     */
    public CsvWriter add(CharSequence value) {
        nextCell();
        sink.cell(value);
        return this;
    }

    /**
     * Adds one number cell to the row being built: {@code v} as {@link FixedDecimals#format(double, int)} writes it
     * (the same bytes as {@code add(FixedDecimals.format(v, decimals))}), empty for NaN or infinity.
     *
     * @param v the number
     * @param decimals the decimals kept, 0 to {@link FixedDecimals#MAX_DECIMALS}
     * @return this writer, for the next cell
     * @throws IllegalArgumentException if the row already has as many cells as the header, or decimals is out of
     *                                  range
     */
    public CsvWriter add(double v, int decimals) {
        FixedDecimals.checkDecimals(decimals);
        nextCell();
        sink.decimal(v, decimals);
        return this;
    }

    /**
     * Adds one cell {@code true} or {@code false} to the row being built.
     *
     * @param value the value
     * @return this writer, for the next cell
     * @throws IllegalArgumentException if the row already has as many cells as the header
     */
    public CsvWriter add(boolean value) {
        return add(value ? TRUE : FALSE);
    }

    private static final Cell TRUE = Cell.of("true");
    private static final Cell FALSE = Cell.of("false");

    /**
     * Adds one cell made once ({@link Cell#of}) to the row being built: the same text as {@code add(value)} of the
     * value it was made of, copied instead of checked, escaped and encoded again.
     *
     * @param cell the cell
     * @return this writer, for the next cell
     * @throws IllegalArgumentException if the row already has as many cells as the header
     */
    public CsvWriter add(Cell cell) {
        nextCell();
        sink.cell(cell);
        return this;
    }

    /**
     * A cell's text made once, for a value that many rows repeat (a change type, a status, {@code true}): escaped
     * and quoted as {@link #add(CharSequence)} writes it ({@link CsvWriter#cell(String)}), and encoded in UTF-8.
     * Immutable; one {@code Cell} serves any number of writers.
     */
    public static final class Cell {
        /** The cell as written: formula-escaped, quoted when needed. */
        final String written;
        /** {@link #written} in UTF-8. */
        final byte[] utf8;

        private Cell(String written) {
            this.written = written;
            this.utf8 = written.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        /**
         * {@return the cell of a value}
         *
         * @param value the cell's text
         * @throws IllegalArgumentException if the text holds half a surrogate pair, which UTF-8 cannot encode
         */
        public static Cell of(String value) {
            Objects.requireNonNull(value, "value");
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new IllegalArgumentException("half a surrogate pair at " + i + ": not encodable in UTF-8");
                }
            }
            return new Cell(cell(value));
        }

        /** {@return the cell as written (escaped, quoted when needed)} */
        @Override
        public String toString() {
            return written;
        }
    }

    /** Opens the next cell of the row being built: a new row, or a separator after the last cell. */
    private void nextCell() {
        if (cellsInRow == columns) {
            throw new IllegalArgumentException("row has more cells than the header's " + columns);
        }
        if (cellsInRow == 0) {
            sink.startRow();
        } else {
            sink.comma();
        }
        cellsInRow++;
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
        if (n != columns) {
            sink.dropRow();
            checkWidth(n);
        }
        sink.endRow();
        rows++;
    }

    private void requireNoOpenRow() {
        if (cellsInRow != 0) {
            throw new IllegalStateException("a row built cell by cell is not ended (endRow)");
        }
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
        CharCsvSink.appendCell(b, value);
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
        sink.flush();
    }

    /** Closes the file or stream; a row built by {@link #add} and not ended is dropped. */
    @Override
    public void close() throws IOException {
        sink.dropRow();
        sink.close();
    }
}
