package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VniWindowsTest {
    private static String decode(String read) {
        return VietnameseText.decode(read, TextEncoding.VNI_WINDOWS).text();
    }

    @Test
    void roundTripsEveryLetterAloneAndInAWord() {
        for (char c : Tcvn3Test.vietnameseLetters()) {
            String alone = String.valueOf(c);
            String word = "Ng" + c + "n";
            assertThat(decode(LegacyEncoder.vni(alone))).as("%s", c).isEqualTo(alone);
            assertThat(decode(LegacyEncoder.vni(word))).as("%s", c).isEqualTo(word);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // DOMAIN.md §6: Nguyễn Văn An as VNI bytes
        "4E 67 75 79 65 E3 6E 20 56 61 EA 6E 20 41 6E, Nguyễn Văn An",
        // Đặng: Đ is the single byte D1, ặ is a + EB
        "D1 61 EB 6E 67, Đặng",
        // NGUYỄN: capital mark byte C3 after E
        "4E 47 55 59 45 C3 4E, NGUYỄN"
    })
    void decodesTheDomainExamplesFromTheirBytes(String hex, String expected) {
        String read = LegacyEncoder.readAsCp1252(HexFormat.of().parseHex(hex.replace(" ", "")));
        assertThat(decode(read)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the worked examples of the DOMAIN.md table
        "Nguyeãn Vaên An  | Nguyễn Văn An",
        "Traàn Thò Hoàng  | Trần Thị Hồng",
        "Ñaëng            | Đặng",
        "NGUYEÃN          | NGUYỄN",
        // single-byte ơ and ư take tone marks
        "ngöôøi           | người",
        "Phöôùc           | Phước",
        // the case of the mark byte does not matter; the base letter's does
        "Aáp              | Ấp",
        "AÁp              | Ấp",
        "aÁp              | ấp",
        // toned i and ỵ are single bytes
        "Thò ò í ì æ ó î  | Thị ị í ì ỉ ĩ ỵ"
    })
    void decodesBaseLetterAndMarkPairs(String read, String expected) {
        assertThat(decode(read.strip())).isEqualTo(expected.strip());
    }

    @Test
    void countsMarksWithoutABaseAsUnmapped() {
        StringBuilder out = new StringBuilder();
        // ù after n, é (breve mark) after e, ß: none of them is VNI
        String token = "nùeéß";
        int unmapped = VniWindows.decodeToken(token, 0, token.length(), out);
        assertThat(out.toString()).isEqualTo(token);
        assertThat(unmapped).isEqualTo(3);
    }
}
