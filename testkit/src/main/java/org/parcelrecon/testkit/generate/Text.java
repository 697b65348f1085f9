package org.parcelrecon.testkit.generate;

import java.text.Normalizer;

/** Formatting for the output files: CSV fields, row-number markers, fixed-point numbers. */
final class Text {
    /**
     * Marks a register row number local to a sheet; the writer replaces {@code MARK + n + END} with the row's
     * number in the whole file. Neither character occurs in generated text.
     */
    static final char MARK = '\u0001';
    static final char END = '\u0002';

    private Text() {
    }

    /**
     * Appends a text field as RFC 4180 writes it (lines end in {@code \n}): quoted, with inner quotes doubled, when
     * it holds a comma, a quote, a line break, or spaces at either end; {@code first} for a line's first field.
     */
    static void field(StringBuilder out, String value, boolean first) {
        if (!first) {
            out.append(',');
        }
        int n = value.length();
        boolean quote = n > 0 && (value.charAt(0) == ' ' || value.charAt(n - 1) == ' ');
        for (int i = 0; i < n && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    /** Appends a field that needs no quoting (numbers, codes, markers). */
    static void raw(StringBuilder out, CharSequence value, boolean first) {
        if (!first) {
            out.append(',');
        }
        out.append(value);
    }

    static void rowMark(StringBuilder out, int localRow, boolean first) {
        if (!first) {
            out.append(',');
        }
        out.append(MARK).append(localRow).append(END);
    }

    static String rowMark(int localRow) {
        return MARK + Integer.toString(localRow) + END;
    }

    /** {@code value} (≥ 0) in thousandths as {@code 123.045}. */
    static void thousandths(StringBuilder out, long value) {
        if (value < 0) {
            out.append('-');
            value = -value;
        }
        out.append(value / 1000).append('.');
        long frac = value % 1000;
        if (frac < 100) {
            out.append('0');
        }
        if (frac < 10) {
            out.append('0');
        }
        out.append(frac);
    }

    /** {@code value} rounded to {@code decimals} (1 to 3) places, e.g. {@code 120.4}. */
    static String fixed(double value, int decimals) {
        long scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
        long v = Math.round(value * scale);
        String sign = v < 0 ? "-" : "";
        v = Math.abs(v);
        String frac = Long.toString(v % scale);
        frac = "00".substring(0, decimals - frac.length() < 0 ? 0 : decimals - frac.length()) + frac;
        return sign + (v / scale) + "." + frac;
    }

    /** The text without diacritics, case kept: {@code "Đặng Thị Hồng"} → {@code "Dang Thi Hong"}. */
    static String stripDiacritics(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return b.toString();
    }
}
