package org.parcelrecon.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
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

    /** The rule without the shortcut for plain decimals: letters mean text, else whatever parseDouble reads. */
    private static String reference(String value) {
        if (value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0) {
            return value;
        }
        boolean letters = value.chars().anyMatch(Character::isLetter);
        boolean number = false;
        if (!letters) {
            try {
                Double.parseDouble(value);
                number = true;
            } catch (NumberFormatException e) {
                number = false;
            }
        }
        return number ? value : "'" + value;
    }

    @Test
    void theShortcutForSignedDecimalsAgreesWithParsing() {
        Random random = new Random(5);
        String alphabet = "+-0123456789.. eE=x";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = b.toString();
            assertThat(SpreadsheetCells.escapeFormula(v)).as(v).isEqualTo(reference(v));
        }
    }
}
