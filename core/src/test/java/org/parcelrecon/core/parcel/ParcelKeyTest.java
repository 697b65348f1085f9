package org.parcelrecon.core.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParcelKeyTest {

    @Test
    void writesTheCanonicalFormWithAndWithoutCommune() {
        assertThat(ParcelKey.of("06652", 12, 345)).hasToString("06652:12/345");
        assertThat(ParcelKey.of(12, 345)).hasToString("12/345");
        assertThat(ParcelKey.of(ParcelKey.MAX_NUMBER, 1)).hasToString("999999/1");
    }

    @Test
    void equalsByValue() {
        assertThat(ParcelKey.of("06652", 12, 345)).isEqualTo(new ParcelKey(12, 345, Optional.of("06652")))
                .isNotEqualTo(ParcelKey.of(12, 345))
                .isNotEqualTo(ParcelKey.of("06664", 12, 345));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // sheet and plot run from 1 to 999999
        "0       | 1       | sheet must be 1 to 999999, got 0",
        "-3      | 1       | sheet must be 1 to 999999, got -3",
        "1000000 | 1       | sheet must be 1 to 999999, got 1000000",
        "1       | 0       | plot must be 1 to 999999, got 0",
        "1       | 1000000 | plot must be 1 to 999999, got 1000000",
    })
    void refusesNumbersOutOfRange(int sheet, int plot, String message) {
        assertThatThrownBy(() -> ParcelKey.of(sheet, plot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6652", "066520", "0665a", "", "０６６５２"})
    void refusesCommuneCodesThatAreNotFiveAsciiDigits(String code) {
        assertThatThrownBy(() -> ParcelKey.of(code, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + code + "'");
    }

    @Test
    void blamesTheCallerForNulls() {
        assertThatThrownBy(() -> new ParcelKey(1, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("communeCode");
        assertThatThrownBy(() -> ParcelKey.of(null, 1, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("communeCode");
    }
}
