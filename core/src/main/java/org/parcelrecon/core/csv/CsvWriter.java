package org.parcelrecon.core.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * <p>How the bytes are made: a writer onto a file or stream ({@link #create}, {@link #of(OutputStream, List)})
 * encodes UTF-8 itself, cell by cell, straight into its own byte buffer: a cell of plain ASCII without a comma,
 * quote or line break (most cells of a result file: ids, numbers, codes) is copied char by char as bytes in one
 * pass; any other cell takes the general path, which quotes, escapes and encodes it as the JDK's UTF-8 encoder does.
 * The bytes are those of a JDK {@code Writer} in UTF-8 (CsvWriterTest holds both against a reference writer,
 * randomised). A cell holding half a surrogate pair cannot be encoded in UTF-8: the row is dropped and
 * {@link MalformedInputException} thrown, as the JDK's encoder refuses it. A writer onto a {@link Writer}
 * ({@link #of(Writer, List)}) builds each line as chars and hands it over as a {@code char[]}; a signed decimal such
 * as {@code -12.5} is recognised as a number without parsing it.
 *
 * <p>Not thread-safe: one writer per file, written from one thread at a time.
 */
public final class CsvWriter implements Closeable, Flushable {
    /** The byte-order mark written first to files, so spreadsheets read UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final int BUFFER = 1 << 16;

    /** The char sink of {@link #of(Writer, List)}; null when this writer encodes bytes itself. */
    private final Writer out;
    /** The byte sink of {@link #create} and {@link #of(OutputStream, List)}; null for a char sink. */
    private final OutputStream stream;
    private final int columns;
    /** The line being built for the char sink. */
    private final StringBuilder line;
    /**
     * The char sink's line, copied out in one go for the writer (no {@code String} per row); the byte sink's cell
     * being copied.
     */
    private char[] chars;
    /**
     * The byte sink's buffer: finished rows up to {@link #rowStart}, then the row being built up to {@link #pos}.
     * Finished rows are written out when they fill most of 64 KB, on {@link #flush} and on {@link #close}.
     */
    private byte[] bytes;
    private int pos;
    private int rowStart;
    /** Whether the row being built holds a cell that UTF-8 cannot encode (half a surrogate pair). */
    private boolean malformed;
    /** Cells of the row being built by {@link #add}, 0 between rows. */
    private int cellsInRow;
    private long rows;

    private CsvWriter(Writer out, OutputStream stream, boolean byteOrderMark, List<String> header)
            throws IOException {
        this.out = out;
        this.stream = stream;
        this.columns = header.size();
        if (columns == 0) {
            throw new IllegalArgumentException("a CSV file needs at least one column");
        }
        if (stream == null) {
            line = new StringBuilder(256);
            chars = new char[256];
        } else {
            line = null;
            bytes = new byte[BUFFER];
            if (byteOrderMark) {
                bytes[0] = (byte) 0xEF; // U+FEFF in UTF-8
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
                pos = 3;
                rowStart = 3;
            }
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
            return new CsvWriter(null, o, true, header);
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
        return new CsvWriter(Objects.requireNonNull(out, "out"), null, false, Objects.requireNonNull(header,
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
        return new CsvWriter(null, Objects.requireNonNull(out, "out"), false, Objects.requireNonNull(header,
                "header"));
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
        startRow();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                comma();
            }
            putCell(cells[i]);
        }
        writeLine();
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
        if (cellsInRow == columns) {
            throw new IllegalArgumentException("row has more cells than the header's " + columns);
        }
        if (cellsInRow == 0) {
            startRow();
        } else {
            comma();
        }
        cellsInRow++;
        putCell(value);
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
        if (n != columns) {
            pos = rowStart; // the byte sink's partial row: dropped
            checkWidth(n);
        }
        writeLine();
    }

    private void requireNoOpenRow() {
        if (cellsInRow != 0) {
            throw new IllegalStateException("a row built cell by cell is not ended (endRow)");
        }
    }

    private void startRow() {
        if (stream == null) {
            line.setLength(0);
        } else {
            pos = rowStart;
            malformed = false;
        }
    }

    private void comma() {
        if (stream == null) {
            line.append(',');
        } else {
            room(1);
            bytes[pos++] = ',';
        }
    }

    private void putCell(CharSequence value) {
        if (stream == null) {
            appendChars(line, value);
        } else {
            appendBytes(value);
        }
    }

    private void writeLine() throws IOException {
        if (stream != null) {
            if (malformed) {
                pos = rowStart;
                malformed = false;
                throw new MalformedInputException(1); // as the JDK's UTF-8 encoder refuses half a surrogate pair
            }
            room(1);
            bytes[pos++] = '\n';
            rowStart = pos;
            rows++;
            if (rowStart >= BUFFER - (BUFFER >> 3)) {
                writeRows(); // the finished rows out in pieces of about 64 KB
            }
            return;
        }
        line.append('\n');
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        line.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
        rows++;
    }

    /** Makes room for {@code n} more bytes of the row being built (rows are written out only at their end). */
    private void room(int n) {
        if (pos + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(pos + n, 2 * bytes.length));
        }
    }

    /**
     * Appends one cell as UTF-8 bytes. The fast path copies a cell of ASCII chars that needs neither quotes nor a
     * formula's apostrophe byte for char; at the first char that it does not take it starts the cell again on
     * {@link #appendBytesGeneral}.
     */
    private void appendBytes(CharSequence value) {
        if (value == null) {
            return;
        }
        int n = value.length();
        if (n == 0) {
            return;
        }
        boolean formula = SpreadsheetCells.isFormula(value);
        if (!formula) {
            room(n);
            char[] c = charsOf(value, n);
            byte[] b = bytes;
            int p = pos;
            int i = 0;
            for (; i < n; i++) {
                char ch = c[i];
                if (ch >= 0x80 || ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                    break;
                }
                b[p++] = (byte) ch;
            }
            if (i == n) {
                pos = p;
                return;
            }
        }
        appendBytesGeneral(value, formula);
    }

    /**
     * The cell's chars copied in bulk into a reused array ({@code String} and {@code StringBuilder} copy them without
     * a call per char, which matters under the C1 compiler that {@code bin/parcelrecon} uses for small inputs).
     */
    private char[] charsOf(CharSequence value, int n) {
        if (chars == null || chars.length < n) {
            chars = new char[Math.max(n, 256)];
        }
        if (value instanceof String s) {
            s.getChars(0, n, chars, 0);
        } else if (value instanceof StringBuilder sb) {
            sb.getChars(0, n, chars, 0);
        } else {
            for (int i = 0; i < n; i++) {
                chars[i] = value.charAt(i);
            }
        }
        return chars;
    }

    /** Appends one cell as UTF-8 bytes: quoted when needed, quotes doubled, after an apostrophe for a formula. */
    private void appendBytesGeneral(CharSequence value, boolean formula) {
        int n = value.length();
        boolean quote = needsQuotes(value);
        room(3 * n + 3); // a char is at most 3 bytes (a surrogate pair 4 for 2 chars, a quote 2), + quotes, apostrophe
        byte[] b = bytes;
        int p = pos;
        if (quote) {
            b[p++] = '"';
        }
        if (formula) {
            b[p++] = '\'';
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[p++] = '"';
                }
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < n ? value.charAt(i + 1) : 0;
                if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
                    malformed = true;
                    continue;
                }
                int cp = Character.toCodePoint(c, low);
                i++;
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        if (quote) {
            b[p++] = '"';
        }
        pos = p;
    }

    private static boolean needsQuotes(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
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
        appendChars(b, value);
    }

    private static void appendChars(StringBuilder b, CharSequence value) {
        if (value == null || value.length() == 0) {
            return;
        }
        boolean quote = needsQuotes(value);
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
        if (stream == null) {
            out.flush();
            return;
        }
        writeRows();
        stream.flush();
    }

    /** Closes the file or stream; a row built by {@link #add} and not ended is dropped. */
    @Override
    public void close() throws IOException {
        if (stream == null) {
            out.close();
            return;
        }
        try (OutputStream o = stream) {
            writeRows();
        }
    }

    /** Writes the byte sink's finished rows out, keeping the row being built. */
    private void writeRows() throws IOException {
        stream.write(bytes, 0, rowStart);
        int partial = pos - rowStart;
        System.arraycopy(bytes, rowStart, bytes, 0, partial);
        rowStart = 0;
        pos = partial;
    }
}
