package org.parcelrecon.matching.io;

import org.parcelrecon.core.internal.SpreadsheetCells;

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
        String v = SpreadsheetCells.escapeFormula(value);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
