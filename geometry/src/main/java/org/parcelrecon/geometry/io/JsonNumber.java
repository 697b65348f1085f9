package org.parcelrecon.geometry.io;

/**
 * An attribute value the file wrote as a JSON number of the plain form {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?} with at
 * most 18 digits, kept as its digits ({@link GeoJsonFeatureParser} makes it, {@link Attributes} holds it): the
 * reader needs only its value (a recorded area) or its integer text (a sheet or plot number), and a map seldom
 * asks for the text of the rest, so no string is made for it until something does ({@link #text()}). The parser
 * reads the digits as it validates the number, in one pass.
 *
 * <p>The digits, the count of digits after the point and the sign give back exactly the bytes the file wrote:
 * the plain form has no leading zero but a single one before the point, keeps every fraction digit (trailing zeros
 * too) and needs no escape. Example: {@code -0.050} is digits 50, scale 3, negative.
 *
 * <p>Safe to share between threads: the text is made at most once per thread that asks first, and a string is
 * immutable, so publishing it through a plain field is harmless.
 */
final class JsonNumber {
    /** At most this many digits: their integer fits a {@code long}. */
    static final int MAX_DIGITS = 18;
    private static final long[] TENS = new long[MAX_DIGITS + 1];

    static {
        long t = 1;
        for (int i = 0; i < TENS.length; i++) {
            TENS[i] = t;
            t *= 10;
        }
    }

    /** The digits without the point, as an integer. */
    private final long digits;
    /** How many of the digits come after the point (0: an integer, written without a point). */
    private final int scale;
    private final boolean negative;
    /** The text, once asked for. */
    private String text;

    /**
     * @param digits   the digits without the point, as an integer (at most {@value #MAX_DIGITS} of them)
     * @param scale    how many of them come after the point; 0 for an integer written without a point
     * @param negative whether a minus sign comes first (also before a zero)
     */
    JsonNumber(long digits, int scale, boolean negative) {
        this.digits = digits;
        this.scale = scale;
        this.negative = negative;
    }

    /** {@return the number as the file wrote it} */
    String text() {
        String t = text;
        if (t == null) {
            t = write();
            text = t;
        }
        return t;
    }

    private String write() {
        String whole = Long.toString(digits / TENS[scale]);
        if (scale == 0) {
            return negative ? "-" + whole : whole;
        }
        String fraction = Long.toString(digits % TENS[scale]);
        StringBuilder s = new StringBuilder(whole.length() + scale + 2);
        if (negative) {
            s.append('-');
        }
        s.append(whole).append('.');
        for (int i = fraction.length(); i < scale; i++) {
            s.append('0');
        }
        return s.append(fraction).toString();
    }

    /**
     * {@return {@link Double#parseDouble} of {@link #text()}, bit for bit (so {@code -0} is {@code -0.0}), without
     * making the text when the value is an exact decimal ({@link FastDoubles#isExactDecimal})}
     */
    double value() {
        double v;
        if (scale == 0) {
            v = digits; // a long's conversion is correctly rounded, as parseDouble's result is
        } else if (FastDoubles.isExactDecimal(digits, scale)) {
            v = FastDoubles.decimal(digits, scale);
        } else {
            return Double.parseDouble(text());
        }
        return negative ? -v : v;
    }

    /**
     * {@return the text with a fraction of zeros left out ({@code 12.0} gives {@code "12"}, {@code -0.00} gives
     * {@code "-0"}), as {@link FeatureAssembler} writes sheet and plot numbers; else {@link #text()}}
     */
    String integral() {
        if (scale == 0 || digits % TENS[scale] != 0) {
            return text();
        }
        String whole = Long.toString(digits / TENS[scale]);
        return negative ? "-" + whole : whole;
    }

    @Override
    public String toString() {
        return text();
    }
}
