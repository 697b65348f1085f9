package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonSyllablesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn", "NGUYỄN", "văn", "hòa", "hoà", "Thủy", "thuỷ", "Quảng", "đất"})
    void knowsCommonSyllablesInAnyCaseAndToneStyle(String word) {
        assertThat(CommonSyllables.contains(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"líu", "vẫn", "thạ", "Café", ""})
    void doesNotKnowRareOnes(String word) {
        assertThat(CommonSyllables.contains(word)).isFalse();
    }
}
