package org.parcelrecon.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReasonCodeTest {
    @ParameterizedTest
    @ValueSource(strings = {
        // built-in style
        "AREA_MISMATCH", "USER_ID_OUTDATED",
        // shortest and with digits
        "X", "X1", "A_1_B"})
    void acceptsUpperCaseCodes(String value) {
        assertThat(ReasonCode.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // empty, lower case, leading digit or underscore
        "", "area_mismatch", "1AREA", "_AREA",
        // spaces and punctuation
        "AREA MISMATCH", "AREA-MISMATCH",
        // 65 characters
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void rejectsMalformedCodesNamingThem(String value) {
        assertThatThrownBy(() -> ReasonCode.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + value + "\"");
    }

    @Test
    void builtInConstantsAreTheirOwnNames() {
        assertThat(ReasonCode.AREA_MISMATCH).hasToString("AREA_MISMATCH").isEqualTo(ReasonCode.of("AREA_MISMATCH"));
    }
}
