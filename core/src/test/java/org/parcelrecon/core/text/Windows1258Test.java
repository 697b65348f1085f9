package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Windows1258Test {
    private static final String CHARSET = "CP1258";

    private static String decode(String read) {
        return VietnameseText.decode(read, TextEncoding.WINDOWS_1258).text();
    }

    @Test
    void agreesWithGlibcIconvOnEveryDefinedByte() throws IOException {
        assumeTrue(Iconv.supports(CHARSET), Iconv.skipReason(CHARSET));
        for (int b = 0x80; b <= 0xFF; b++) {
            char jdk = Windows1258.charOf(b);
            if (jdk == '\uFFFD' || VietnameseLetters.toneOfMark(jdk) != 0) {
                continue; // undefined, or a combining mark that glibc holds back for a base letter
            }
            String glibc = new String(Iconv.convert(CHARSET, "UTF-8", new byte[] {(byte) b}), StandardCharsets.UTF_8);
            assertThat(String.valueOf(jdk)).as("byte %02X", b).isEqualTo(glibc);
        }
    }

    @Test
    void decodesWordsEncodedByGlibcIconvBackToTheOriginal() throws IOException {
        assumeTrue(Iconv.supports(CHARSET), Iconv.skipReason(CHARSET));
        String words = String.join(" ", EncodingDetectorTest.VOCABULARY);
        for (String text : new String[] {words, words.toUpperCase(Locale.ROOT)}) {
            byte[] bytes = Iconv.convert("UTF-8", CHARSET, text.getBytes(StandardCharsets.UTF_8));
            String viaIconv = new String(Iconv.convert(CHARSET, "UTF-8", bytes), StandardCharsets.UTF_8);
            String read = LegacyEncoder.readAsCp1252(bytes);
            assertThat(Normalizer.normalize(viaIconv, Normalizer.Form.NFC)).isEqualTo(text);
            assertThat(decode(read)).isEqualTo(text);
            assertThat(VietnameseText.decode(read)).isEqualTo(new DecodedText(text, TextEncoding.WINDOWS_1258));
        }
    }

    @Test
    void roundTripsEveryLetter() {
        for (char c : Tcvn3Test.vietnameseLetters()) {
            String word = "Ng" + c + "n";
            assertThat(decode(LegacyEncoder.cp1258(word))).as("%s", c).isEqualTo(word);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // DOMAIN.md §6: Nguyễn Văn An, ê + combining tilde
        "4E 67 75 79 EA DE 6E 20 56 E3 6E 20 41 6E, Nguyễn Văn An",
        // Đặng: Đ D0, ă E3, dot below F2
        "D0 E3 F2 6E 67, Đặng"
    })
    void decodesTheDomainExampleFromItsBytes(String hex, String expected) {
        String read = LegacyEncoder.readAsCp1252(HexFormat.of().parseHex(hex.replace(" ", "")));
        assertThat(decode(read)).isEqualTo(expected);
    }

    @Test
    void keepsBytesWindows1258LeavesUndefined() {
        StringBuilder out = new StringBuilder();
        String token = "aŠb";
        assertThat(Windows1258.decodeToken(token, 0, token.length(), out)).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(token);
    }
}
