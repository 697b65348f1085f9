package org.parcelrecon.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // plain text is written as it is
        "Nguyễn Văn An|Nguyễn Văn An",
        "|''",
        // commas, quotes and outer spaces need quotes
        "Tổ 5, Khu 3|\"Tổ 5, Khu 3\"",
        "Công ty \"Minh Phát\"|\"Công ty \"\"Minh Phát\"\"\"",
        "' a '|\" a \"",
    })
    void quotesOnlyFieldsThatNeedIt(String value, String written) {
        StringBuilder b = new StringBuilder();
        Text.field(b, value == null ? "" : value, true);
        assertThat(b.toString()).isEqualTo(written == null ? "" : written);
    }

    @Test
    void writesFixedPointWithoutScientificNotation() {
        StringBuilder b = new StringBuilder();
        Text.thousandths(b, 2_322_956_065L);
        assertThat(b.toString()).isEqualTo("2322956.065");
        b.setLength(0);
        Text.thousandths(b, 7);
        assertThat(b.toString()).isEqualTo("0.007");
        assertThat(Text.fixed(120.04, 1)).isEqualTo("120.0");
        assertThat(Text.fixed(120.05, 2)).isEqualTo("120.05");
        assertThat(Text.fixed(-1.5, 3)).isEqualTo("-1.500");
        assertThat(Text.fixed(1e9, 2)).isEqualTo("1000000000.00");
    }

    @Test
    void stripsDiacriticsKeepingCase() {
        assertThat(Text.stripDiacritics("Đặng Thị Hồng")).isEqualTo("Dang Thi Hong");
        assertThat(Text.stripDiacritics("NGUYỄN")).isEqualTo("NGUYEN");
    }
}
