package org.parcelrecon.core.csv;

/**
 * Cells that a spreadsheet opens as text, never as a formula: a value starting with {@code = + - @}, tab or carriage
 * return that is not a plain number gets a leading apostrophe (CSV injection).
 * <pre>
 *   "=HYPERLINK(..)" → "'=HYPERLINK(..)"      "-12.5" → "-12.5"      "-x" → "'-x"      "" → ""
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /**
     * {@return the value with an apostrophe in front when a spreadsheet would evaluate it}
     *
     * @param value a cell's text
     */
    public static String escapeFormula(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula && !isPlainNumber(value) ? "'" + value : value;
    }

    private static boolean isPlainNumber(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isLetter(v.charAt(i))) {
                return false; // Infinity, NaN, hex and the like are not plain numbers
            }
        }
        try {
            Double.parseDouble(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
