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
        return isFormula(value) ? "'" + value : value;
    }

    /** Whether a spreadsheet would evaluate the cell: what {@link #escapeFormula} puts an apostrophe before. */
    static boolean isFormula(CharSequence value) {
        if (value.length() == 0) {
            return false;
        }
        return formulaSuspect(value.charAt(0)) && !isPlainNumber(value);
    }

    /**
     * Whether a cell starting with {@code first} is a formula suspect ({@code = + - @}, tab, carriage return): only
     * such a cell may be a formula.
     */
    static boolean formulaSuspect(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private static boolean isPlainNumber(CharSequence v) {
        if (isSignedDecimal(v)) {
            return true; // the common case, -12.5, settled without parsing
        }
        for (int i = 0; i < v.length(); i++) {
            if (Character.isLetter(v.charAt(i))) {
                return false; // Infinity, NaN, hex and the like are not plain numbers
            }
        }
        try {
            Double.parseDouble(v.toString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code [+-]digits[.digits]}: a text that {@link Double#parseDouble} always reads. */
    private static boolean isSignedDecimal(CharSequence v) {
        int i = 1; // the sign is what made the cell suspect
        int digits = 0;
        while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0 || (v.charAt(0) != '-' && v.charAt(0) != '+')) {
            return false;
        }
        if (i < v.length() && v.charAt(i) == '.') {
            i++;
            int fraction = i;
            while (i < v.length() && v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                i++;
            }
            if (i == fraction) {
                return false;
            }
        }
        return i == v.length();
    }
}
