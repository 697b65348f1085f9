package org.parcelrecon.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FixedDecimalsTest {
    /** The rule the class comment states, the plain way. */
    private static String reference(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    /** Values of every kind the direct way treats apart: ties, zeros, signs, whole numbers, the 10^9 limit. */
    private static double randomValue(Random random, int decimals) {
        double scale = Math.pow(10, random.nextInt(12) - decimals);
        return switch (random.nextInt(8)) {
            case 0 -> (random.nextInt(2_000_001) - 1_000_000 + 0.5) / Math.pow(10, decimals); // a tie
            case 1 -> random.nextInt(2001) - 1000; // whole
            case 2 -> (random.nextInt(2001) - 1000) / Math.pow(10, random.nextInt(10)); // few digits
            case 3 -> (random.nextDouble() - 0.5) * 2e9 / Math.pow(10, decimals); // about the 10^9 units limit
            case 4 -> random.nextBoolean() ? -0.0 : 0.0;
            case 5 -> (random.nextDouble() - 0.5) * 1e-3;
            default -> (random.nextDouble() - 0.3) * scale;
        };
    }

    @Test
    void formatsAsHalfUpRoundingOfTheDecimalValueWithoutTrailingZeros() {
        assertThat(FixedDecimals.format(2456.949, 2)).isEqualTo("2456.95");
        assertThat(FixedDecimals.format(0.05, 2)).isEqualTo("0.05");
        assertThat(FixedDecimals.format(-0.001, 2)).isEqualTo("0");
        assertThat(FixedDecimals.format(3.10, 2)).isEqualTo("3.1");
        assertThat(FixedDecimals.format(1e300, 2)).isEqualTo(reference(1e300, 2));
        assertThat(FixedDecimals.format(Double.NaN, 2)).isEmpty();
        assertThat(FixedDecimals.format(Double.NEGATIVE_INFINITY, 2)).isEmpty();
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(FixedDecimals.MAX_DECIMALS + 1);
            double v = randomValue(random, decimals);
            assertThat(FixedDecimals.format(v, decimals)).as("%s at %d decimals", v, decimals)
                    .isEqualTo(reference(v, decimals));
        }
    }

    @Test
    void digitsMadeInPlaceAreTheReferenceTextOrNothingWhenBigDecimalMustDecide() {
        Random random = new Random(13);
        byte[] b = new byte[64];
        int direct = 0;
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(FixedDecimals.MAX_DECIMALS + 1);
            double v = randomValue(random, decimals);
            int at = random.nextInt(8);
            int end = FixedDecimals.put(b, at, v, decimals);
            if (end >= 0) {
                direct++;
                assertThat(end - at).isLessThanOrEqualTo(FixedDecimals.MAX_DIRECT_LENGTH);
                assertThat(new String(b, at, end - at, StandardCharsets.US_ASCII)).as("%s at %d decimals", v, decimals)
                        .isEqualTo(reference(v, decimals));
            }
        }
        assertThat(direct).isGreaterThan(150_000); // ties and huge values are few
    }

    @Test
    void decimalsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> FixedDecimals.format(1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedDecimals.format(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
