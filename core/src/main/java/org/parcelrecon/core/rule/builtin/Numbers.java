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
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long scaled = Math.round(Math.abs(value) * scale);
        StringBuilder b = new StringBuilder(16);
        if (value < 0 && scaled != 0) {
            b.append('-');
        }
        b.append(scaled / scale);
        if (decimals > 0) {
            b.append('.');
            String fraction = Long.toString(scaled % scale);
            for (int i = fraction.length(); i < decimals; i++) {
                b.append('0');
            }
            b.append(fraction);
        }
        return b.toString();
    }

    /** An area for a message: one decimal and the unit, e.g. {@code "120.0 m²"}. */
    static String area(double m2) {
        return fixed(m2, 1) + " m²";
    }
}
