package org.parcelrecon.reconcile.read;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth year from a year or date cell.
 * <pre>
 *   "1966"         → 1966       "1966-08-15" → 1966       "15/08/1966" → 1966      "15-8-1966" → 1966
 *   "1966.0"       → 1966 (a spreadsheet's number)
 *   "năm 75", "66", "15/08/66", "0000"  → unreadable (two-digit years are not guessed)
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class BirthYears {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:\\.0+)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-\\d{1,2}-\\d{1,2}(?:[T ].*)?");
    private static final Pattern DMY = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4})");
    private static final Pattern MY = Pattern.compile("\\d{1,2}[/.-](\\d{4})");

    private BirthYears() {
    }

    /**
     * {@return the year, or empty when the cell is none of the forms above or the year is before 1850 or after 2100}
     *
     * @param cell the birth-date or birth-year cell as written ({@code 1966}, {@code 15/08/1966}, {@code 1966-08-15})
     */
    public static OptionalInt parse(String cell) {
        String s = cell.strip();
        for (Pattern p : new Pattern[] {YEAR, ISO, DMY, MY}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                return year >= 1850 && year <= 2100 ? OptionalInt.of(year) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
