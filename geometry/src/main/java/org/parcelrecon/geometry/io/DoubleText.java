package org.parcelrecon.geometry.io;

/**
 * {@link Double#toString(double)}'s text of the doubles a map's output is full of, made without it: a coordinate
 * read as {@code 380977.720} or an area such as {@code 1836.171660501565} costs {@code Double.toString} (and the
 * {@code String} it makes) several times what this costs under C1, the compiler {@code bin/parcelrecon} runs.
 *
 * <p>The fast way takes a double {@code v} with {@code 10^-3 <= |v| < 10^7} (where {@code Double.toString} writes
 * no exponent) that is the correctly rounded value of a decimal with at most 8 fraction digits: for {@code k = 0,
 * 1, ...8} it rounds {@code |v|·10^k} to an integer {@code u} and takes the first {@code k} for which {@code u / 10^k}
 * (both exact doubles, {@code u < 10^15 < 2^53}, so one correctly rounded division) is {@code |v|} again. That
 * decimal is the shortest that reads back as {@code v} (one with fewer fraction digits would have been found at a
 * smaller {@code k}), and the only one with {@code k} fraction digits (they lie {@code 10^-k} apart, more than the
 * double's spacing {@code ulp(v) <= 2^-29} below {@code 10^7}), which is what {@code Double.toString} writes: its
 * digits, a point, at least one fraction digit. Any other double (more digits, an exponent, zero, NaN) is left to
 * {@code Double.toString}. DoubleTextTest holds the two against each other on millions of random doubles.
 */
final class DoubleText {
    /** The most chars the fast way writes: a sign, seven digits, a point, eight digits. */
    static final int MAX_LENGTH = 17;
    private static final int MAX_FRACTION = 8;
    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
        100_000_000};

    private DoubleText() {
    }

    /**
     * Writes {@code Double.toString(v)} into {@code out} from index 0 when the fast way takes {@code v} (see the
     * class comment).
     *
     * @param v   the number
     * @param out at least {@link #MAX_LENGTH} chars
     * @return how many chars were written; -1 when none were (write {@code Double.toString(v)})
     */
    static int write(double v, char[] out) {
        return write(v, out, 0);
    }

    /**
     * {@link #write(double, char[])} from index {@code at}.
     *
     * @param v   the number
     * @param out at least {@link #MAX_LENGTH} chars from {@code at} on
     * @param at  where the first char goes
     * @return the index after the last char written; -1 when none were (write {@code Double.toString(v)})
     */
    static int write(double v, char[] out, int at) {
        double a = Math.abs(v);
        if (!(a >= 1e-3 && a < 1e7)) {
            return -1;
        }
        for (int k = 0; k <= MAX_FRACTION; k++) {
            long u = (long) (a * POWERS[k] + 0.5);
            if (u / POWERS[k] == a) {
                return text(v < 0, u, k, out, at);
            }
        }
        return -1;
    }

    /** Writes {@code u / 10^k} with {@code k} fraction digits (one zero when {@code k} is 0) and its sign. */
    private static int text(boolean negative, long u, int k, char[] out, int at) {
        int whole = (int) (u / LONG_POWERS[k]); // below 10^7
        int fraction = (int) (u - whole * LONG_POWERS[k]); // below 10^8
        int digits = 1;
        for (int w = whole; w >= 10; w = div10(w)) {
            digits++;
        }
        int p = at;
        if (negative) {
            out[p++] = '-';
        }
        int end = p + digits + 1 + Math.max(k, 1);
        int q = end;
        if (k == 0) {
            out[--q] = '0';
        }
        for (int i = 0; i < k; i++) { // from the last fraction digit, leading zeros included
            int next = div10(fraction);
            out[--q] = (char) ('0' + fraction - next * 10);
            fraction = next;
        }
        out[--q] = '.';
        do {
            int next = div10(whole);
            out[--q] = (char) ('0' + whole - next * 10);
            whole = next;
        } while (whole != 0);
        return end;
    }

    /**
     * {@code x / 10} for {@code 0 <= x < 2^31} by a multiplication and a shift (exact in that range; C1 divides by a
     * constant with a division instruction), as core's {@code FixedDecimals} does.
     */
    private static int div10(int x) {
        return (int) ((x * 0xCCCCCCCDL) >>> 35);
    }
}
