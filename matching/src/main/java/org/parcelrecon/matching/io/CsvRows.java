package org.parcelrecon.matching.io;

import org.parcelrecon.core.input.RejectedRow;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Objects;

/**
 * A CSV file read row by row, for readers that type their own rows (the land register): the same forgiving parser
 * and the same rejections as {@link TableCsv}, so every data row comes back once, as its cells or as a
 * {@link RejectedRow} with its line. A quote that is never closed costs its own row only: the lines it swallowed
 * are read again as rows of their own. Blank lines are skipped.
 *
 * <pre>{@code
 * CsvRows rows = new CsvRows(reader, ',', "register.csv");
 * List<String> header = rows.header();            // empty for an empty file
 * for (CsvRows.Row r; (r = rows.next()) != null; ) {
 *     if (r.rejection() != null) ... else ... r.cells() ...
 * }
 * }</pre>
 *
 * <p>Not thread-safe; the reader is not closed.
 */
public final class CsvRows {
    private final CsvParser parser;
    private final String source;
    private List<String> header;

    /**
     * Rows of text separated by {@code separator}; {@code source} names the file in rejections.
     *
     * @param in        the CSV text (not closed)
     * @param separator the cell separator, e.g. {@code ','}
     * @param source    the file's name, for rejections
     */
    public CsvRows(Reader in, char separator, String source) {
        this.parser = new CsvParser(Objects.requireNonNull(in, "in"), separator);
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * One data row: its 1-based line, its cells as parsed, and why it cannot be a row (null when it can).
     *
     * @param line      the line where the row starts
     * @param cells     the cells, as many as the row had
     * @param rejection why the row was left out, or null
     */
    public record Row(long line, List<String> cells, RejectedRow rejection) {
        /**
         * Copies the cells.
         *
         * @param line      the line where the row starts
         * @param cells     the cells, as many as the row had
         * @param rejection why the row was left out, or null
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The header row (the first record), read on the first call; empty when the file has no record at all.
     *
     * @return the header's cells
     * @throws IOException if the reader fails
     */
    public List<String> header() throws IOException {
        if (header == null) {
            List<String> first = parser.next();
            header = first == null ? List.of() : List.copyOf(first);
        }
        return header;
    }

    /**
     * The next data row, or null at the end of the file.
     *
     * @return the next row, or null at the end
     * @throws IOException if the reader fails
     */
    public Row next() throws IOException {
        int width = header().size();
        while (true) {
            List<String> record = parser.next();
            if (record == null) {
                return null;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            long line = parser.recordLine();
            RejectedRow bad = TableCsv.rejection(parser, record.size(), width, source);
            return new Row(line, record, bad);
        }
    }
}
