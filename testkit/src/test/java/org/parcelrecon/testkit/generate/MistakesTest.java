package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MistakesTest {
    @Test
    void scientificNotationKeepsOrRoundsTheDigitsAsASpreadsheetDoes() {
        SplittableRandom rng = new SplittableRandom(1);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(Mistakes.scientific("022190012345", rng));
        }
        assertThat(seen).containsExactly("2.2190012345E+10", "2.21900E+10");
        assertThat(Mistakes.scientific("001205000123", new SplittableRandom(3))).endsWith("E+9");
    }

    @ParameterizedTest
    @CsvSource({
        // one leading zero, two leading zeros
        "022190012345, 22190012345",
        "001205000123, 1205000123",
    })
    void spreadsheetsDropLeadingZeros(String digits, String stored) {
        assertThat(Mistakes.leadingZerosLost(digits)).isEqualTo(stored);
    }

    @Test
    void separatorsGroupTheDigits() {
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            assertThat(Mistakes.separated("022190012345", rng))
                    .isIn("022 190 012 345", "022.190.012.345", "022-190-012345");
        }
    }

    @Test
    void typosChangeTheNameButKeepItsWords() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            String typo = Mistakes.typo("Nguyễn Văn Hùng", rng);
            assertThat(typo).isNotEqualTo("Nguyễn Văn Hùng");
            assertThat(typo.split(" ")).hasSize(3);
        }
    }

    @Test
    void wrongYearsAreCloseOrSwappedAndNeverInTheFuture() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int i = 0; i < 200; i++) {
            int y = Mistakes.wrongYear(1968, rng);
            assertThat(y).isNotEqualTo(1968).satisfiesAnyOf(v -> assertThat(Math.abs(v - 1968)).isLessThanOrEqualTo(3),
                    v -> assertThat(v).isEqualTo(1986));
            assertThat(Mistakes.wrongYear(2024, rng)).isLessThan(2024);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // plausible clerk's mix-ups
        "ODT, ONT",
        "LUC, LUK",
        "ONT+CLN, ONT",
        // anything else becomes annual crops (or perennial for annual crops)
        "DTL, HNK",
        "HNK, CLN",
    })
    void wrongLandUseIsAnotherCurrentCode(String code, String wrong) {
        assertThat(Mistakes.wrongLandUse(code)).isEqualTo(wrong);
    }

    @Test
    void retiredFormsExistOnlyForAnnualCropsAndOtherRice() {
        SplittableRandom rng = new SplittableRandom(2);
        assertThat(Mistakes.retiredLandUse("LUK", rng)).isEqualTo("LUN");
        assertThat(Mistakes.retiredLandUse("HNK", rng)).isIn("BHK", "NHK");
        assertThat(Mistakes.retiredLandUse("ODT", rng)).isNull();
    }
}
