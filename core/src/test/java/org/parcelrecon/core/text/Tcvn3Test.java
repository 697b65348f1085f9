package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Tcvn3Test {
    private static final String CHARSET = "TCVN5712-1";

    /** All 134 Vietnamese letters with diacritics, lower case then upper case. */
    static List<Character> vietnameseLetters() {
        List<Character> letters = new ArrayList<>();
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (VietnameseLetters.isNonAsciiLetter(c)) {
                letters.add(c);
            }
        }
        return letters;
    }

    private static String decode(String read) {
        return VietnameseText.decode(read, TextEncoding.TCVN3).text();
    }

    private static String fromHex(String hex) {
        return LegacyEncoder.readAsCp1252(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    // --- glibc iconv as the independent reference -------------------------------------------

    @Test
    void decodesEveryLetterByteLikeGlibcIconv() throws IOException {
        assumeTrue(Iconv.supports(CHARSET), Iconv.skipReason(CHARSET));
        // each code that is a letter in VN1, between two lower-case n's so that the 0x80-0x9F
        // codes count as letters and the ABC capital heuristic stays out of the way
        List<Integer> codes = new ArrayList<>();
        for (int b = 1; b < 0x20; b++) {
            if (Tcvn3.control(b) != 0) {
                codes.add(b);
            }
        }
        for (int b = 0x80; b <= 0xFF; b++) {
            if (b != 0xA0 && (b < 0xB0 || b > 0xB4)) {
                codes.add(b);
            }
        }
        for (int b : codes) {
            byte[] bytes = {'n', (byte) b, 'n'};
            String expected = new String(Iconv.convert(CHARSET, "UTF-8", bytes), StandardCharsets.UTF_8);
            assertThat(decode(LegacyEncoder.readAsCp1252(bytes)))
                    .as("byte %02X", b).isEqualTo(expected);
        }
        assertThat(codes).hasSize(12 + 128 - 1 - 5);
    }

    @Test
    void combinesToneMarkBytesWithVowelsLikeGlibcIconv() throws IOException {
        assumeTrue(Iconv.supports(CHARSET), Iconv.skipReason(CHARSET));
        // a e i o u y, then ă â ê ô ơ ư as TCVN3 bytes, each followed by the five mark bytes
        int[] vowels = {'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'O', 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xA1, 0xA3};
        for (int v : vowels) {
            for (int m = 0xB0; m <= 0xB4; m++) {
                byte[] bytes = {'t', (byte) v, (byte) m};
                String expected = new String(Iconv.convert(CHARSET, "UTF-8", bytes), StandardCharsets.UTF_8);
                assertThat(decode(LegacyEncoder.readAsCp1252(bytes)))
                        .as("%02X %02X", v, m).isEqualTo(expected);
            }
        }
    }

    @Test
    void decodesWordsEncodedByGlibcIconvBackToTheOriginal() throws IOException {
        assumeTrue(Iconv.supports(CHARSET), Iconv.skipReason(CHARSET));
        String words = String.join(" ", EncodingDetectorTest.VOCABULARY);
        for (String text : List.of(words, words.toUpperCase(java.util.Locale.ROOT))) {
            byte[] bytes = Iconv.convert("UTF-8", CHARSET, text.getBytes(StandardCharsets.UTF_8));
            String viaIconv = new String(Iconv.convert(CHARSET, "UTF-8", bytes), StandardCharsets.UTF_8);
            String read = LegacyEncoder.readAsCp1252(bytes);
            assertThat(viaIconv).isEqualTo(text);
            assertThat(decode(read)).isEqualTo(viaIconv);
            assertThat(VietnameseText.decode(read).text()).isEqualTo(viaIconv);
        }
    }

    @Test
    void confirmsTheTaskExampleWithGlibcIconv() throws IOException {
        assumeTrue(Iconv.supports(CHARSET), Iconv.skipReason(CHARSET));
        String text = "Thửa đất số 345, tờ bản đồ số 12";
        byte[] bytes = Iconv.convert("UTF-8", CHARSET, text.getBytes(StandardCharsets.UTF_8));
        assertThat(LegacyEncoder.readAsCp1252(bytes)).isEqualTo("Thöa ®Êt sè 345, tê b¶n ®å sè 12");
    }

    // --- round trips with the test encoder -----------------------------------------------------

    @Test
    void roundTripsEveryLetterInTheVn1Variant() {
        List<Character> letters = vietnameseLetters();
        assertThat(letters).hasSize(134);
        for (char c : letters) {
            String word = "n" + c + "n";
            assertThat(decode(LegacyEncoder.tcvn3Vn1(word))).as("%s", c).isEqualTo(word);
        }
    }

    @Test
    void roundTripsEveryLetterInTheAbcVariantWhereCaseIsKnown() {
        for (char c : vietnameseLetters()) {
            // lower case in a lower-case word; capitals in a capital word
            String word = Character.isUpperCase(c) ? "N" + c + "N" : "n" + c + "n";
            assertThat(decode(LegacyEncoder.tcvn3Abc(word))).as("%s", c).isEqualTo(word);
        }
    }

    // --- DOMAIN.md §6 examples, from their bytes ----------------------------------------------

    @ParameterizedTest
    @CsvSource({
        // UK = glibc for these
        "4E 67 75 79 D4 6E 20 56 A8 6E 20 41 6E, Nguyễn Văn An",
        // glibc VN1 capital
        "4E 47 55 59 D9 4E, NGUYỄN",
        // ABC capital: lower-case code in a capital word
        "4E 47 55 59 D4 4E, NGUYỄN",
        // Đặng
        "A7 C6 6E 67, Đặng"
    })
    void decodesTheDomainExamplesFromTheirBytes(String hex, String expected) {
        assertThat(decode(fromHex(hex))).isEqualTo(expected);
    }

    // --- the ABC/VN1 choices ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // capital word: shared codes upper-cased
        "NGUYÔN V¡N Hµ        | NGUYỄN VĂN HÀ",
        // title case: a word that starts with a shared code gets a capital
        "Lª ThÞ Ên            | Lê Thị Ấn",
        // not title case: lower case kept
        "tê b¶n ®å sè 12      | tờ bản đồ số 12",
        // one capital and one shared code, nothing else to go by: lower case kept
        "Lý                   | Lý",
        // VN1 punctuation bytes are letters only inside words or after capitals
        "“NguyÔn”             | “Nguyễn”",
        "H€ N—I               | HÀ NỘI",
        // VN1 combining marks combine only with an untoned vowel before them
        "a³ m² 5°             | á m² 5°",
        // U+FFFD: a VN1 capital the reader lost stays lost
        "NGUY\uFFFDN          | NGUY\uFFFDN"
    })
    void resolvesTheAbcAndVn1Ambiguities(String read, String expected) {
        assertThat(decode(read.strip())).isEqualTo(expected.strip());
    }

    @Test
    void decodesVn1ControlCapitals() {
        assertThat(decode("TH\u0001Y")).isEqualTo("THÚY");
        assertThat(decode("H\u0006U")).isEqualTo("HỮU");
    }

    @Test
    void keepsCharactersNoWindows1252ByteReadsAs() {
        assertThat(decode("V¨n ạ")).isEqualTo("Văn ạ");
    }
}
