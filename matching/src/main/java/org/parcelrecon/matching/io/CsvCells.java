package org.parcelrecon.matching.io;

import org.parcelrecon.core.csv.CsvWriter;

/** Writing CSV cells safely: RFC 4180 quoting, and no formula injection when a spreadsheet opens the file. */
final class CsvCells {
    private CsvCells() {
    }

    /**
     * The cell as written to CSV. A text value starting with {@code = + - @}, tab or carriage return that is not a
     * plain number gets a leading apostrophe, so a spreadsheet shows it instead of evaluating it; a value with a
     * comma, quote or line break is quoted.
     */
    static String text(String value) {
        return CsvWriter.cell(value);
    }
}
