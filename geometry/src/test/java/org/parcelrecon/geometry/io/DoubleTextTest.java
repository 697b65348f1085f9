package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DoubleText} against {@link Double#toString}, which it stands in for in {@link GeoJsonOutput}. */
class DoubleTextTest {
    private static String text(double v) {
        char[] out = new char[DoubleText.MAX_LENGTH];
        int n = DoubleText.write(v, out);
        return n < 0 ? null : new String(out, 0, n);
    }

    @Test
    void everyDoubleItWritesIsWrittenAsDoubleToStringWritesIt() {
        // decimals of 1 to 16 digits with 0 to 9 fraction digits (coordinates, areas, rounded figures), random
        // doubles of every magnitude around the fast way's range, and random bit patterns
        Random r = new Random(23);
        int taken = 0;
        for (int i = 0; i < 3_000_000; i++) {
            double v = switch (i % 3) {
                case 0 -> (double) (long) (r.nextDouble() * Math.pow(10, 1 + r.nextInt(16))) / Math.pow(10,
                        r.nextInt(10));
                case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(13) - 4);
                default -> Double.longBitsToDouble(r.nextLong());
            };
            v = r.nextBoolean() ? -v : v;
            String fast = text(v);
            if (fast != null) {
                taken++;
                assertThat(fast).as("%s", v).isEqualTo(Double.toString(v));
            }
        }
        assertThat(taken).isGreaterThan(500_000);
    }

    @Test
    void coordinatesAndFiguresAsAMapHoldsThemTakeTheFastWay() {
        for (String s : new String[] {"380977.72", "2399994.314", "380948.0", "0.001", "-0.9465735239467751",
            "1836.171660501565", "9999999.99999999", "1.0E-4", "1.0E7", "0.0", "-0.0", "NaN", "Infinity",
            "0.30000000000000004", "123456.123456789"}) {
            double v = Double.parseDouble(s);
            boolean fastWay = Math.abs(v) >= 1e-3 && Math.abs(v) < 1e7 && !s.equals("0.30000000000000004")
                    && !s.equals("123456.123456789") && !s.equals("-0.9465735239467751")
                    && !s.equals("1836.171660501565");
            assertThat(text(v)).as(s).isEqualTo(fastWay ? Double.toString(v) : null);
        }
    }
}
