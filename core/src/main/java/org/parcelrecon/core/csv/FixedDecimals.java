package org.parcelrecon.core.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as result files write them: rounded half up to a fixed number of decimals (as
 * {@code BigDecimal.valueOf(v).setScale(decimals, HALF_UP)}), trailing zeros dropped, {@code 0} for zero, no exponent,
 * nothing at all for NaN or infinity.
 * <pre>
 *   (2456.949, 2) → "2456.95"     (0.05, 2) → "0.05"     (-0.001, 2) → "0"     (3.10, 2) → "3.1"     NaN → ""
 * </pre>
 * Away from a tie (and below 10^9 units of the last decimal) the scaled double's nearest whole number is that
 * rounding, and the digits are made from it directly; near a tie {@code BigDecimal} decides.
 * {@link CsvWriter#add(double, int)} writes the digits straight into its buffer; FixedDecimalsTest holds every way
 * against {@code BigDecimal}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FixedDecimals {
    /** The most decimals a number can be written with. */
    public static final int MAX_DECIMALS = 9;
    /**
     * The longest text of the direct way: a sign, ten digits of units (below 10^9 rounded up to at most 10^9) and a
     * point.
     */
    static final int MAX_DIRECT_LENGTH = 12;

    private static final double[] POWERS = {1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    private static final int[] INT_TENS = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
        1_000_000_000};

    private FixedDecimals() {
    }

    /**
     * {@return {@code v} with {@code decimals} decimals at most, as this class writes numbers; empty for NaN or
     * infinity}
     *
     * @param v the number
     * @param decimals the decimals kept, 0 to {@link #MAX_DECIMALS}
     */
    public static String format(double v, int decimals) {
        return append(new StringBuilder(24), v, decimals).toString();
    }

    /**
     * Appends {@link #format(double, int)}'s text.
     *
     * @param b where the text goes
     * @param v the number
     * @param decimals the decimals kept, 0 to {@link #MAX_DECIMALS}
     * @return {@code b}
     */
    public static StringBuilder append(StringBuilder b, double v, int decimals) {
        checkDecimals(decimals);
        if (!Double.isFinite(v)) {
            return b;
        }
        byte[] text = new byte[MAX_DIRECT_LENGTH];
        int end = put(text, 0, v, decimals);
        if (end < 0) {
            return b.append(byBigDecimal(v, decimals));
        }
        for (int i = 0; i < end; i++) {
            b.append((char) text[i]);
        }
        return b;
    }

    /**
     * Writes {@link #format(double, int)}'s text as ASCII bytes at {@code b[at]} when it is made the direct way,
     * which needs at most {@link #MAX_DIRECT_LENGTH} bytes of room.
     *
     * @param b where the bytes go
     * @param at where the first goes
     * @param v a finite number
     * @param decimals the decimals kept, 0 to {@link #MAX_DECIMALS}
     * @return the position after the last byte written; -1 when {@code v} is near a tie or too large, and nothing
     *         was written (take {@link #format(double, int)})
     */
    static int put(byte[] b, int at, double v, int decimals) {
        long direct = directUnits(v, decimals);
        if (direct < 0) {
            return -1;
        }
        if (direct == 0) {
            b[at] = '0';
            return at + 1;
        }
        int units = (int) direct; // at most 10^9
        int d = decimals;
        while (d > 0) { // trailing zeros dropped
            int q = div10(units);
            if (units - q * 10 != 0) {
                break;
            }
            units = q;
            d--;
        }
        int p = at;
        if (v < 0) {
            b[p++] = '-';
        }
        int digits = 1;
        while (digits < INT_TENS.length && units >= INT_TENS[digits]) {
            digits++;
        }
        int end = p + Math.max(digits, d + 1) + (d > 0 ? 1 : 0); // a fraction has its whole part, 0 at least
        int q = end;
        for (int i = 0; i < d; i++) { // the fraction, from its last digit, with its leading zeros
            int next = div10(units);
            b[--q] = (byte) ('0' + units - next * 10);
            units = next;
        }
        if (d > 0) {
            b[--q] = '.';
        }
        do {
            int next = div10(units);
            b[--q] = (byte) ('0' + units - next * 10);
            units = next;
        } while (units != 0);
        return end;
    }

    /**
     * {@code x / 10} for {@code 0 <= x < 2^31} by a multiplication and a shift (exact in that range): the C1 compiler
     * that {@code bin/parcelrecon} uses divides by a constant with a division instruction, several times slower.
     */
    private static int div10(int x) {
        return (int) ((x * 0xCCCCCCCDL) >>> 35);
    }

    /**
     * {@return {@code |v|} in units of the last decimal, rounded half up, when the scaled double's nearest whole number
     * is surely that rounding (below 10^9 units, not within a millionth of a tie); -1 otherwise} The whole part is the
     * cast (the scaled value is not negative), and the fraction {@code scaled - whole} is exact, so that
     * {@code whole + (fraction > 0.5 ? 1 : 0)} is {@code Math.round(scaled)} without {@code Math.floor}, which C1
     * calls out of line.
     */
    private static long directUnits(double v, int decimals) {
        double scaled = Math.abs(v * POWERS[decimals]);
        if (!(scaled < 1e9)) {
            return -1;
        }
        long whole = (long) scaled;
        double fraction = scaled - whole;
        if (Math.abs(fraction - 0.5) > 1e-6) {
            return fraction > 0.5 ? whole + 1 : whole;
        }
        return -1;
    }

    private static String byBigDecimal(double v, int decimals) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    static void checkDecimals(int decimals) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ": " + decimals);
        }
    }
}
