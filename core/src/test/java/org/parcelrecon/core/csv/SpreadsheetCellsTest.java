package org.parcelrecon.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpreadsheetCellsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // what a spreadsheet would evaluate gets an apostrophe
        "=1+1          | '=1+1",
        "+84 912       | '+84 912",
        "@SUM(A1)      | '@SUM(A1)",
        "-x            | '-x",
        "-Infinity     | '-Infinity",
        "-1+1          | '-1+1",
        "-12 =cmd      | '-12 =cmd",
        // plain numbers, ordinary text and the empty cell stay as they are
        "-12.5         | -12.5",
        "+3            | +3",
        // a negative number in a text cell is read as a number, not evaluated: no formula risk
        "-12           | -12",
        "-0.5          | -0.5",
        "Nguyễn Văn An | Nguyễn Văn An",
        "``            | ``",
    })
    void escapesOnlyWhatASpreadsheetWouldEvaluate(String value, String written) {
        assertThat(SpreadsheetCells.escapeFormula(value)).isEqualTo(written);
    }
}
