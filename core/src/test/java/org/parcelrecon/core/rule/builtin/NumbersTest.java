package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
    @ParameterizedTest
    @CsvSource({
        // one decimal, halves away from zero
        "150.25,   1, 150.3",
        "120,      1, 120.0",
        "-48.04,   1, -48.0",
        "-0.04,    1, 0.0",
        "12000000, 1, 12000000.0",
        // two decimals with a leading zero in the fraction
        "0.05,     2, 0.05",
        "0.915,    2, 0.92",
        // no decimals
        "2.5,      0, 3",
    })
    void formatsWithFixedDecimals(double value, int decimals, String expected) {
        assertThat(Numbers.fixed(value, decimals)).isEqualTo(expected);
    }

    @Property
    void agreesWithBigDecimalRounding(@ForAll @DoubleRange(min = -1e9, max = 1e9) double value, @ForAll @IntRange(min = 0, max = 3) int decimals) {
        double scaled = Math.abs(value) * Math.pow(10, decimals);
        // skip values whose scaled form sits on a rounding edge in binary
        if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
            return;
        }
        BigDecimal expected = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        String e = expected.signum() == 0 ? expected.abs().toPlainString() : expected.toPlainString();
        assertThat(Numbers.fixed(value, decimals)).isEqualTo(e);
    }
}
