package org.parcelrecon.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parcelrecon.core.csv.SpreadsheetCells;

/**
 * CSV output that a spreadsheet can open safely: UTF-8 with a byte-order mark (so Excel reads Vietnamese
 * correctly), a header row, and every cell that a spreadsheet would take for a formula ({@code = + - @}, tab,
 * carriage return) prefixed with an apostrophe.
 */
final class SafeCsv implements AutoCloseable {
    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    static SafeCsv create(Path file, String... header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        return new SafeCsv(new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header).get()));
    }

    void row(Object... cells) throws IOException {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : cell(cells[i].toString());
        }
        printer.printRecord(safe);
    }

    /** The cell as written, with an apostrophe in front when a spreadsheet would evaluate it. */
    static String cell(String value) {
        return SpreadsheetCells.escapeFormula(value);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
