package org.parcelrecon.geometry.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonNumberTest {
    private static final String PLAIN = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?";

    /**
     * The number of a plain text, its digits taken apart here (the parser's one-pass reading is pinned by
     * GeoJsonFastPathTest against Jackson).
     */
    private static JsonNumber read(String text) {
        assertThat(text).matches(PLAIN);
        boolean negative = text.startsWith("-");
        String unsigned = negative ? text.substring(1) : text;
        int point = unsigned.indexOf('.');
        String digits = unsigned.replace(".", "");
        assertThat(digits.length()).isLessThanOrEqualTo(JsonNumber.MAX_DIGITS);
        return new JsonNumber(Long.parseLong(digits), point < 0 ? 0 : unsigned.length() - point - 1, negative);
    }

    /** Text, value and integral text as the eager path makes them from the text (parseDouble, the 12.0 rule). */
    private static void sameAsFromItsText(String text) {
        JsonNumber n = read(text);
        assertThat(n.text()).isEqualTo(text);
        assertThat(n.toString()).isEqualTo(text);
        assertThat(Double.doubleToRawLongBits(n.value())).as(text)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        String integral = FeatureAssembler.integralWithZeroFraction(text) ? text.substring(0, text.indexOf('.')) : text;
        assertThat(n.integral()).as(text).isEqualTo(integral);
    }

    @Test
    void givesBackTheTextTheValueAndTheIntegerTextOfEdgeCases() {
        for (String s : List.of("0", "-0", "0.0", "-0.0", "-0.00", "0.05", "-0.050", "1", "-1", "12.0", "-12.000",
                "12.5", "100", "100.00", "2456.95", "380002.667", "9007199254740992", "9007199254740993",
                "999999999999999999", "-999999999999999999", "0.00000000000000001", "12345678.9012345678",
                "9007199254740993.5", "0.1", "0.3", "1000000000000000.0")) {
            sameAsFromItsText(s);
        }
    }

    @Test
    void givesBackTheTextTheValueAndTheIntegerTextOfRandomPlainNumbers() {
        Random r = new Random(23);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder s = new StringBuilder(r.nextInt(4) == 0 ? "-" : "");
            int whole = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(18);
            s.append(whole == 0 ? "0" : String.valueOf(1 + r.nextInt(9)));
            for (int i = 1; i < whole; i++) {
                s.append(r.nextInt(10));
            }
            int room = JsonNumber.MAX_DIGITS - Math.max(whole, 1);
            int fraction = room == 0 || r.nextBoolean() ? 0 : 1 + r.nextInt(room);
            if (fraction > 0) {
                s.append('.');
                boolean zeros = r.nextInt(5) == 0;
                for (int i = 0; i < fraction; i++) {
                    s.append(zeros ? 0 : r.nextInt(10));
                }
            }
            assertThat(s.toString()).matches(PLAIN);
            sameAsFromItsText(s.toString());
        }
    }
}
