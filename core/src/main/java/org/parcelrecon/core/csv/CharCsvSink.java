package org.parcelrecon.core.csv;

import java.io.IOException;
import java.io.Writer;

/**
 * A {@link CsvWriter}'s rows as chars for a {@code Writer} ({@link CsvWriter#of(Writer, java.util.List)}): each line
 * is built in a reused builder and handed over as a {@code char[]} (no {@code String} per row).
 */
final class CharCsvSink extends CsvSink {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];

    CharCsvSink(Writer out) {
        this.out = out;
    }

    @Override
    void startRow() {
        line.setLength(0);
    }

    @Override
    void comma() {
        line.append(',');
    }

    @Override
    void cell(CharSequence value) {
        appendCell(line, value);
    }

    @Override
    void cell(CsvWriter.Cell cell) {
        line.append(cell.written);
    }

    @Override
    void decimal(double v, int decimals) {
        FixedDecimals.append(line, v, decimals);
    }

    @Override
    void endRow() throws IOException {
        line.append('\n');
        int n = line.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        line.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
    }

    @Override
    void dropRow() {
        line.setLength(0);
    }

    @Override
    void flush() throws IOException {
        out.flush();
    }

    @Override
    void close() throws IOException {
        out.close();
    }

    /** Appends one cell: quoted when needed, quotes doubled, after an apostrophe for a formula. */
    static void appendCell(StringBuilder b, CharSequence value) {
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
}
