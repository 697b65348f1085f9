package org.parcelrecon.reconcile.read;

import java.util.OptionalDouble;

/**
 * Reads a decimal number as Vietnamese and English spreadsheets write it.
 * <table>
 *   <caption>Forms read</caption>
 *   <tr><th>cell</th><th>value</th><th>why</th></tr>
 *   <tr><td>{@code 152.4}</td><td>152.4</td><td>one dot: a decimal point</td></tr>
 *   <tr><td>{@code 152,4}</td><td>152.4</td><td>one comma: a decimal comma</td></tr>
 *   <tr><td>{@code 1.234,5}</td><td>1234.5</td><td>both: the last is the decimal mark, the other groups thousands</td></tr>
 *   <tr><td>{@code 1,234.5}</td><td>1234.5</td><td>the same, English style</td></tr>
 *   <tr><td>{@code 1.234.567}</td><td>1234567</td><td>the same mark twice, groups of three: thousands</td></tr>
 *   <tr><td>{@code 1 234,5}</td><td>1234.5</td><td>spaces (also no-break) group thousands</td></tr>
 *   <tr><td>{@code 12,3,4}</td><td>unreadable</td><td>a mark repeated with groups that are not of three</td></tr>
 *   <tr><td>{@code 152.4 m2}, {@code abc}, {@code -5}</td><td>unreadable</td><td>not a plain non-negative number</td></tr>
 * </table>
 * A lone dot or comma followed by exactly three digits ({@code 1.234}) reads as a decimal mark (1.234): write
 * {@code 1.234,0} for one thousand two hundred thirty-four.
 */
final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    /** The value, or empty when the cell is not a number in one of the forms above. */
    static OptionalDouble parseNonNegative(String cell) {
        String s = cell.strip().replace("\u00A0", "").replace(" ", "");
        if (s.isEmpty()) {
            return OptionalDouble.empty();
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        String plain;
        if (dots > 0 && commas > 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            if (count(s, decimal) != 1 || !groupedByThree(s.substring(0, s.indexOf(decimal)), group)) {
                return OptionalDouble.empty();
            }
            plain = s.replace(String.valueOf(group), "").replace(decimal, '.');
        } else if (dots + commas == 1) {
            plain = s.replace(',', '.');
        } else if (dots + commas > 1) {
            char mark = dots > 0 ? '.' : ',';
            if (!groupedByThree(s, mark)) {
                return OptionalDouble.empty();
            }
            plain = s.replace(String.valueOf(mark), "");
        } else {
            plain = s;
        }
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.') {
                return OptionalDouble.empty();
            }
        }
        if (plain.startsWith(".") || plain.endsWith(".")) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(plain);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Whether {@code s} is 1-3 digits followed by groups of exactly three, separated by {@code mark}. */
    private static boolean groupedByThree(String s, char mark) {
        String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(mark)), -1);
        if (parts[0].isEmpty() || parts[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
