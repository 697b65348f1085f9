package org.parcelrecon.reconcile.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one mark: the decimal mark
        "152.4      | 152.4",
        "152,4      | 152.4",
        "1.234      | 1.234",
        // both marks: the last is the decimal mark
        "1.234,5    | 1234.5",
        "1,234.5    | 1234.5",
        // one mark repeated in groups of three: thousands
        "1.234.567  | 1234567",
        "'1 234,5'  | 1234.5",
        "120        | 120",
        // not a non-negative number
        "'12,3,4'   | ",
        "1.2.3      | ",
        "-5         | ",
        "152.4 m2   | ",
        "abc        | ",
        "'.5'       | ",
        "1,234.5.6  | ",
    })
    void readsEnglishAndVietnameseNumberFormats(String cell, Double expected) {
        if (expected == null) {
            assertThat(VietnameseNumbers.parseNonNegative(cell)).isEmpty();
        } else {
            assertThat(VietnameseNumbers.parseNonNegative(cell)).hasValue(expected);
        }
    }
}
