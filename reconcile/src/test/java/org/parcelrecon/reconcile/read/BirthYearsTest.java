package org.parcelrecon.reconcile.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthYearsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1966         | 1966",
        "1966.0       | 1966",
        "1966-08-15   | 1966",
        "15/08/1966   | 1966",
        "5-8-1966     | 1966",
        "08/1966      | 1966",
        // two-digit years are not guessed; impossible years are not years
        "66           | ",
        "15/08/66     | ",
        "năm 75       | ",
        "0000         | ",
        "2999         | ",
    })
    void readsAYearFromAYearOrADate(String cell, Integer expected) {
        if (expected == null) {
            assertThat(BirthYears.parse(cell)).isEmpty();
        } else {
            assertThat(BirthYears.parse(cell)).hasValue(expected);
        }
    }
}
