package org.parcelrecon.core.rule.builtin;

/**
 * Number formatting for messages, without {@code String.format} (slow) or locale surprises:
 * {@code fixed(150.25, 1)} → {@code "150.3"}, {@code fixed(-0.04, 1)} → {@code "0.0"},
 * {@code fixed(12000000, 1)} → {@code "12000000.0"}, {@code fixed(0.915, 2)} → {@code "0.92"}.
 * Halves round up (away from zero).
 */
final class Numbers {
    private Numbers() {
    }

    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value) || decimals < 0 || decimals > 6) {
            return Double.toString(value);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        double magnitude = Math.abs(value) * scale;
        if (magnitude >= 1e17) {
            return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        long scaled = Math.round(magnitude);
        boolean negative = value < 0 && scaled != 0;
        char[] digits = new char[24];
        int at = digits.length;
        for (int i = 0; i < decimals; i++) {
            digits[--at] = (char) ('0' + scaled % 10);
            scaled /= 10;
        }
        if (decimals > 0) {
            digits[--at] = '.';
        }
        do {
            digits[--at] = (char) ('0' + scaled % 10);
            scaled /= 10;
        } while (scaled > 0);
        if (negative) {
            digits[--at] = '-';
        }
        return new String(digits, at, digits.length - at);
    }

    /** An area for a message: one decimal and the unit, e.g. {@code "120.0 m²"}. */
    static String area(double m2) {
        return fixed(m2, 1) + " m²";
    }
}
