package org.parcelrecon.core.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * A {@link CsvWriter}'s rows as UTF-8 bytes for a file or stream ({@link CsvWriter#create},
 * {@link CsvWriter#of(OutputStream, java.util.List)}), encoded here, cell by cell, straight into one byte buffer:
 * finished rows, then the row being built. Finished rows go out when they fill most of 64 KB, on {@link #flush} and
 * on {@link #close}.
 *
 * <p>Three ways into the buffer, all giving the bytes of the JDK's UTF-8 encoder (CsvWriterTest holds them against
 * it, randomised): a number cell's digits are made in place ({@link FixedDecimals#put}); a cell of plain ASCII that
 * needs neither quotes nor an apostrophe (ids, codes, sheet/plot numbers: most cells of a result file) is copied
 * char by char in one pass ({@link #plainAscii}); any other cell, and one where that pass meets a char it does not
 * take, is written again from its start by {@link #general}, which quotes, escapes and encodes. A cell holding half a surrogate pair cannot be
 * encoded: the row is dropped and {@link MalformedInputException} thrown, as the JDK's encoder refuses it.
 */
final class Utf8CsvSink extends CsvSink {
    private static final int BUFFER = 1 << 16;

    private final OutputStream stream;
    private byte[] bytes = new byte[BUFFER];
    /** The cell being copied, as chars. */
    private char[] chars = new char[256];
    /** The end of the finished rows, where the row being built starts. */
    private int rowStart;
    private int pos;
    /** Whether the row being built holds a cell that UTF-8 cannot encode (half a surrogate pair). */
    private boolean malformed;

    Utf8CsvSink(OutputStream stream, boolean byteOrderMark) {
        this.stream = stream;
        if (byteOrderMark) {
            bytes[0] = (byte) 0xEF; // U+FEFF in UTF-8
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            pos = 3;
            rowStart = 3;
        }
    }

    @Override
    void startRow() {
        pos = rowStart;
        malformed = false;
    }

    @Override
    void comma() {
        room(1);
        bytes[pos++] = ',';
    }

    @Override
    void cell(CharSequence value) {
        if (value != null && !plainAscii(value)) {
            general(value);
        }
    }

    @Override
    void cell(CsvWriter.Cell cell) {
        byte[] b = cell.utf8;
        room(b.length);
        System.arraycopy(b, 0, bytes, pos, b.length);
        pos += b.length;
    }

    @Override
    void decimal(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return;
        }
        room(FixedDecimals.MAX_DIRECT_LENGTH);
        int end = FixedDecimals.put(bytes, pos, v, decimals);
        if (end >= 0) {
            pos = end;
        } else {
            cell(FixedDecimals.format(v, decimals)); // near a tie or huge: BigDecimal's digits
        }
    }

    /**
     * Copies a cell of ASCII chars that needs neither quotes nor an apostrophe; {@code false} (with {@link #pos}
     * unmoved) at the first char it does not take, or for a formula suspect. The chars are first copied in bulk into
     * a reused array ({@code String} and {@code StringBuilder} copy them without a call per char, which a
     * {@code CharSequence}'s {@code charAt} under C1 would be).
     */
    private boolean plainAscii(CharSequence value) {
        int n = value.length();
        if (n == 0) {
            return true;
        }
        if (SpreadsheetCells.formulaSuspect(value.charAt(0))) {
            return false;
        }
        room(n);
        char[] c = charsOf(value, n);
        byte[] b = bytes;
        int p = pos;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch >= 0x80 || ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return false;
            }
            b[p++] = (byte) ch;
        }
        pos = p;
        return true;
    }

    /** The cell's chars in the reused array {@link #chars}. */
    private char[] charsOf(CharSequence value, int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, 2 * chars.length)];
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
    private void general(CharSequence value) {
        int n = value.length();
        boolean quote = needsQuotes(value);
        boolean formula = SpreadsheetCells.isFormula(value);
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

    @Override
    void endRow() throws IOException {
        if (malformed) {
            dropRow();
            throw new MalformedInputException(1); // as the JDK's UTF-8 encoder refuses half a surrogate pair
        }
        room(1);
        bytes[pos++] = '\n';
        rowStart = pos;
        if (rowStart >= BUFFER - (BUFFER >> 3)) {
            writeRows(); // the finished rows out in pieces of about 64 KB
        }
    }

    @Override
    void dropRow() {
        pos = rowStart;
        malformed = false;
    }

    /** Makes room for {@code n} more bytes of the row being built (rows are written out only at their end). */
    private void room(int n) {
        if (pos + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(pos + n, 2 * bytes.length));
        }
    }

    @Override
    void flush() throws IOException {
        writeRows();
        stream.flush();
    }

    @Override
    void close() throws IOException {
        try (OutputStream o = stream) {
            writeRows();
        }
    }

    /** Writes the finished rows out, keeping the row being built. */
    private void writeRows() throws IOException {
        stream.write(bytes, 0, rowStart);
        int partial = pos - rowStart;
        System.arraycopy(bytes, rowStart, bytes, 0, partial);
        rowStart = 0;
        pos = partial;
    }
}
