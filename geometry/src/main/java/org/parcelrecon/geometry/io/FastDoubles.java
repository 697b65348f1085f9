package org.parcelrecon.geometry.io;

import java.nio.charset.StandardCharsets;

/**
 * Decimal text to {@code double}, bit for bit as Jackson's {@code getDoubleValue()} gives it for the same JSON number
 * (which is what {@link Double#parseDouble} gives: the correctly rounded value), without making a string per number.
 *
 * <ul>
 *   <li>An integer (no fraction, no exponent) of up to 18 digits is parsed as a {@code long} and converted, as
 *       Jackson does for an integer token: so {@code -0} is {@code 0.0}, not {@code -0.0}.</li>
 *   <li>Otherwise the digits, without the decimal point and trailing zeros, form an integer {@code m} and the value
 *       is {@code m·10^e}. When {@code m ≤ 2^53} and {@code |e| ≤ 22} both {@code m} and {@code 10^|e|} are exact
 *       doubles, so one multiplication or division, correctly rounded by IEEE 754, gives the correctly rounded
 *       result (Clinger's fast path, "How to read floating point numbers accurately", 1990). Coordinates such as
 *       {@code 2399994.481} take this path.</li>
 *   <li>Anything else goes to {@link Double#parseDouble}.</li>
 * </ul>
 */
final class FastDoubles {
    private static final double[] POWERS = new double[23];
    private static final long MAX_EXACT = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POWERS.length; i++) {
            POWERS[i] = p;
            p *= 10;
        }
    }

    private FastDoubles() {
    }

    /**
     * Whether {@link #decimal}{@code (m, scale)} is exact: {@code m} and {@code 10^scale} are both exact doubles
     * ({@code m <= 2^53}, {@code scale <= 22}), so their quotient is the correctly rounded value (Clinger's fast path).
     */
    static boolean isExactDecimal(long m, int scale) {
        return m <= MAX_EXACT && scale <= 22;
    }

    /** {@return m / 10^scale; correctly rounded when {@link #isExactDecimal} says so} */
    static double decimal(long m, int scale) {
        return m / POWERS[scale];
    }

    /**
     * The value of a valid JSON number in {@code b[from, to)}.
     *
     * @param fractional whether it has a fraction or an exponent (an integer token otherwise)
     */
    static double parse(byte[] b, int from, int to, boolean fractional) {
        int p = from;
        boolean negative = b[p] == '-';
        if (negative) {
            p++;
        }
        if (!fractional) {
            if (to - p > 18) {
                return slow(b, from, to);
            }
            long v = 0;
            for (; p < to; p++) {
                v = v * 10 + (b[p] - '0');
            }
            return negative ? (double) -v : (double) v;
        }
        long m = 0;
        int digits = 0;
        int exponent = 0;
        int c = 0;
        for (; p < to; p++) {
            c = b[p];
            if (c == '.') {
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            if (digits > 0 || c != '0') {
                if (++digits > 18) {
                    return slow(b, from, to);
                }
                m = m * 10 + (c - '0');
            }
            // digits after the point scale the value down; counted below
        }
        int point = indexOf(b, from, p, '.');
        if (point >= 0) {
            exponent -= p - point - 1;
        }
        if (p < to) { // an exponent: e, E, then an optional sign and digits
            p++;
            boolean minus = b[p] == '-';
            if (b[p] == '+' || minus) {
                p++;
            }
            if (to - p > 4) {
                return slow(b, from, to);
            }
            int e = 0;
            for (; p < to; p++) {
                e = e * 10 + (b[p] - '0');
            }
            exponent += minus ? -e : e;
        }
        if (m == 0) {
            return negative ? -0.0 : 0.0;
        }
        while (m % 10 == 0) {
            m /= 10;
            exponent++;
        }
        if (m > MAX_EXACT || exponent < -22 || exponent > 22) {
            return slow(b, from, to);
        }
        double v = exponent >= 0 ? (double) m * POWERS[exponent] : decimal(m, -exponent);
        return negative ? -v : v;
    }

    /**
     * {@link Double#parseDouble} of {@code s}, with the common form {@code -?[0-9]+(\.[0-9]+)?} of at most 18 digits
     * (an area such as {@code 2456.95}) decoded by the same exact fast path; the sign of a zero is kept, as
     * {@code parseDouble} keeps it.
     *
     * @throws NumberFormatException as {@code parseDouble} does
     */
    static double parse(String s) {
        int n = s.length();
        int p = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        long m = 0;
        int digits = 0;
        int scale = -1;
        for (int i = p; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0 && digits > 0) {
                scale = 0;
            } else {
                return Double.parseDouble(s);
            }
        }
        if (digits == 0 || digits > 18 || scale == 0 || !isExactDecimal(m, Math.max(scale, 0))) {
            return Double.parseDouble(s);
        }
        double v = scale < 0 ? m : decimal(m, scale);
        return p == 1 ? -v : v;
    }

    private static int indexOf(byte[] b, int from, int to, int c) {
        for (int i = from; i < to; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static double slow(byte[] b, int from, int to) {
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
    }
}
