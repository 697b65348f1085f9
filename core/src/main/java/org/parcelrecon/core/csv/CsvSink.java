package org.parcelrecon.core.csv;

import java.io.IOException;

/**
 * Where a {@link CsvWriter}'s rows go, a row at a time: the writer counts the cells and checks the row's width, the
 * sink makes the row's text (each cell formula-escaped and quoted as {@link CsvWriter} says) and hands finished rows
 * on. Two kinds: {@link Utf8CsvSink} encodes UTF-8 bytes itself, {@link CharCsvSink} hands chars to a
 * {@code Writer}; both make the same text of the same cells (CsvWriterTest).
 */
abstract class CsvSink {
    /** Starts a row (a row begun and not ended is dropped). */
    abstract void startRow();

    /** The separator between two cells. */
    abstract void comma();

    /** A text cell; null or empty writes nothing. */
    abstract void cell(CharSequence value);

    /** A cell made once: its text as written ({@link CsvWriter.Cell}), copied as it is. */
    abstract void cell(CsvWriter.Cell cell);

    /** A number cell as {@link FixedDecimals#format(double, int)} writes it (never escaped nor quoted). */
    abstract void decimal(double v, int decimals);

    /** Ends the row and hands it on. */
    abstract void endRow() throws IOException;

    /** Forgets the row being built. */
    abstract void dropRow();

    /** Hands on the finished rows and flushes the destination. */
    abstract void flush() throws IOException;

    /** Hands on the finished rows and closes the destination. */
    abstract void close() throws IOException;

    /** Whether the cell must be quoted: it holds a comma, a quote or a line break. */
    static boolean needsQuotes(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
