package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseLettersTest {
    @Test
    void findsTheHundredAndThirtyFourLettersWithDiacritics() {
        int count = 0;
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (VietnameseLetters.isNonAsciiLetter(c)) {
                count++;
            }
        }
        assertThat(count).isEqualTo(134);
    }

    @Test
    void composesEveryLetterBackFromItsParts() {
        for (char c : Tcvn3Test.vietnameseLetters()) {
            int info = VietnameseLetters.info(c);
            assertThat(VietnameseLetters.compose(VietnameseLetters.base(info), VietnameseLetters.tone(info),
                    VietnameseLetters.isUpper(info))).isEqualTo(c);
        }
    }

    @Test
    void foldsEveryLetterToItsAsciiBase() {
        for (char c : Tcvn3Test.vietnameseLetters()) {
            String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).substring(0, 1);
            char expected = c == 'đ' || c == 'Đ' ? 'd' : Character.toLowerCase(stripped.charAt(0));
            assertThat(VietnameseLetters.fold(VietnameseLetters.info(c))).as("%s", c).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'ü', 'ç', 'ñ', 'ǎ', 'ḿ', 'ð', 'Ð', 'ß', '1', ' ', '\u0300'})
    void rejectsCharactersOutsideTheAlphabet(char c) {
        assertThat(VietnameseLetters.info(c)).isEqualTo(-1);
    }
}
