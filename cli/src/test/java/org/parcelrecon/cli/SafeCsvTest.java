package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeCsvTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // what a spreadsheet would evaluate gets an apostrophe
        "=HYPERLINK(\"x\")  | '=HYPERLINK(\"x\")",
        "+84 912           | '+84 912",
        "@SUM(A1)          | '@SUM(A1)",
        "-x                | '-x",
        // numbers, text and the empty cell stay as they are
        "-12.5             | -12.5",
        "Nguyễn Văn An     | Nguyễn Văn An",
        "``                | ``",
    })
    void prefixesCellsASpreadsheetWouldTakeForFormulas(String value, String written) {
        assertThat(SafeCsv.cell(value)).isEqualTo(written);
    }
}
