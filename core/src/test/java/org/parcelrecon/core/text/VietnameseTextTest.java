package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EmptySource;

class VietnameseTextTest {

    @Nested
    class Decode {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // DOMAIN.md §6, TCVN3
            "NguyÔn V¨n An    | Nguyễn Văn An",
            "TrÇn ThÞ Hång    | Trần Thị Hồng",
            "§Æng             | Đặng",
            "NGUYÔN           | NGUYỄN",
            "NGUYÙN           | NGUYỄN",
            // DOMAIN.md §6, VNI-Windows
            "Nguyeãn Vaên An  | Nguyễn Văn An",
            "Traàn Thò Hoàng  | Trần Thị Hồng",
            "Ñaëng            | Đặng",
            "NGUYEÃN          | NGUYỄN",
            // DOMAIN.md §6, Windows-1258
            "NguyêÞn Vãn An   | Nguyễn Văn An"
        })
        void decodesTheDomainExamples(String read, String expected) {
            assertThat(VietnameseText.decode(read.strip()).text()).isEqualTo(expected.strip());
        }

        @Test
        void decodesLegacyLettersAmongDigitsAndPunctuation() {
            // the task's example, checked letter by letter against the glibc table (Tcvn3Test):
            // ö F6 ử, ® AE đ, Ê CA ấ, è E8 ố, ê EA ờ, ¶ B6 ả, å E5 ồ
            DecodedText d = VietnameseText.decode("Thöa ®Êt sè 345, tê b¶n ®å sè 12");
            assertThat(d).isEqualTo(new DecodedText("Thửa đất số 345, tờ bản đồ số 12", TextEncoding.TCVN3));
            assertThat(d.wasDecoded()).isTrue();
        }

        @Test
        void decodesInTheEncodingTheCallerNames() {
            // each of these alone is too ambiguous for detection
            assertThat(VietnameseText.decode("tê", TextEncoding.TCVN3).text()).isEqualTo("tờ");
            assertThat(VietnameseText.decode("Hoàng", TextEncoding.VNI_WINDOWS).text()).isEqualTo("Hồng");
            assertThat(VietnameseText.decode("Vãn", TextEncoding.WINDOWS_1258).text()).isEqualTo("Văn");
            assertThat(VietnameseText.decode("Nguye\u0302\u0303n", TextEncoding.UNICODE))
                    .isEqualTo(new DecodedText("Nguyễn", TextEncoding.UNICODE));
        }

        @ParameterizedTest
        @EmptySource
        void returnsTheEmptyStringAsUnicode(String empty) {
            assertThat(VietnameseText.decode(empty)).isEqualTo(new DecodedText("", TextEncoding.UNICODE));
            assertThat(VietnameseText.decode(empty, TextEncoding.TCVN3).text()).isEmpty();
            assertThat(VietnameseText.decode(empty).wasDecoded()).isFalse();
        }
    }

    @Nested
    class Normalize {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // decoded, collapsed, trimmed, canonical tones; case kept
            "'  NguyÔn   V¨n An '   | Nguyễn Văn An",
            "'Lê Thị Thuỷ'          | Lê Thị Thủy",
            "'HOÀ\u00A0\tBÌNH'      | HÒA BÌNH",
            "'  TrÇn  ThÞ Hoµ '     | Trần Thị Hòa",
            "'Thuý Hoà'             | Thúy Hòa",
            "' '                    | ''",
            "''                     | ''"
        })
        void decodesCollapsesAndCanonicalises(String raw, String expected) {
            assertThat(VietnameseText.normalize(raw)).isEqualTo(expected);
        }

        @Test
        void makesOldAndNewToneStylesEqual() {
            assertThat(VietnameseText.normalize("hoà thuỷ Khoẻ hoá Thuý"))
                    .isEqualTo(VietnameseText.normalize("hòa thủy Khỏe hóa Thúy"))
                    .isEqualTo("hòa thủy Khỏe hóa Thúy");
        }
    }

    @Nested
    class CanonicalTones {
        @ParameterizedTest
        @CsvSource({
            "hoà thuỷ Khoẻ hoá Thuý quý giá, hòa thủy Khỏe hóa Thúy quý giá",
            "hoàng thuyền khuyến, hoàng thuyền khuyến",
            "HOÀ, HÒA",
            "'', ''"
        })
        void movesTonesToTheCanonicalVowel(String text, String expected) {
            assertThat(VietnameseText.canonicalTones(text)).isEqualTo(expected);
        }

        @Test
        void doesNotDecode() {
            assertThat(VietnameseText.canonicalTones("NguyÔn")).isEqualTo("NguyÔn");
        }
    }

    @Nested
    class TitleCase {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "NGUYỄN văn AN       | Nguyễn Văn An",
            "NGUYÔN V¡N AN       | Nguyễn Văn An",
            "ĐẶNG THỊ HOÀ        | Đặng Thị Hòa",
            "nguyễn-trần         | Nguyễn-Trần",
            "h'hen niê           | H'Hen Niê",
            "tổ 3a, khu 12       | Tổ 3a, Khu 12"
        })
        void capitalisesEachWordOfANormalisedName(String raw, String expected) {
            assertThat(VietnameseText.titleCase(raw.strip())).isEqualTo(expected.strip());
        }
    }

    @Nested
    class Fold {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            // Unicode, ASCII and legacy spellings of one name fold alike
            "'  Đặng   Thị  Hồng '      | dang thi hong",
            "'§Æng ThÞ Hång'            | dang thi hong",
            "'Ñaëng Thò Hoàng'          | dang thi hong",
            "'NGUYEN VAN AN'            | nguyen van an",
            "'NguyÔn V¨n An'            | nguyen van an",
            "'Nguyeãn Vaên An'          | nguyen van an",
            // tone styles
            "'Hoà'                      | hoa",
            "'Hòa'                      | hoa",
            // non-letters kept, other scripts lose their marks
            "'Tờ 12, thửa 345'          | to 12, thua 345",
            "'Thửa 12/3-A'              | thua 12/3-a",
            "'Müller\u00A0 £5'          | muller £5",
            "''                         | ''"
        })
        void foldsToALowerCaseAsciiKey(String raw, String expected) {
            assertThat(VietnameseText.fold(raw)).isEqualTo(expected);
        }

        @Test
        void returnsAnAlreadyFoldedKeyAsItIs() {
            String key = "nguyen van an, to 12";
            assertThat(VietnameseText.fold(key)).isSameAs(key);
        }

        @Test
        void foldsEveryVietnameseLetterToAscii() {
            for (char c : Tcvn3Test.vietnameseLetters()) {
                assertThat(VietnameseText.fold("x" + c)).matches("x[a-z]");
            }
        }
    }

    @Test
    void rejectsNullNamingTheArgument() {
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.decode(null)).withMessage("raw");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.decode(null, TextEncoding.TCVN3))
                .withMessage("raw");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.decode("a", null))
                .withMessage("encoding");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.normalize(null)).withMessage("raw");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.fold(null)).withMessage("raw");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.titleCase(null)).withMessage("raw");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.canonicalTones(null))
                .withMessage("text");
    }

    // --- laws (jqwik does not run properties inside @Nested classes) ------------------------------

    @Property
    void normalizeIsIdempotent(@ForAll("anyText") String s) {
        String once = VietnameseText.normalize(s);
        assertThat(VietnameseText.normalize(once)).isEqualTo(once);
    }

    @Property
    void titleCaseIsIdempotent(@ForAll("realText") String s) {
        String once = VietnameseText.titleCase(s);
        assertThat(VietnameseText.titleCase(once)).isEqualTo(once);
    }

    @Property
    void foldIsIdempotent(@ForAll("anyText") String s) {
        String once = VietnameseText.fold(s);
        assertThat(VietnameseText.fold(once)).isEqualTo(once);
    }

    @Property
    void foldOfTheNormalisedTextIsTheFold(@ForAll("realText") String s) {
        assertThat(VietnameseText.fold(VietnameseText.normalize(s))).isEqualTo(VietnameseText.fold(s));
    }

    @Property
    void foldsUnicodeVietnameseToAscii(@ForAll("unicodeText") String s) {
        assertThat(VietnameseText.fold(s)).matches("[\\x20-\\x7E]*");
    }

    // --- generators -------------------------------------------------------------------------------

    /** Real words in Unicode, with digits and punctuation, in any case. */
    @Provide
    Arbitrary<String> unicodeText() {
        Arbitrary<String> word = Arbitraries.of(EncodingDetectorTest.VOCABULARY).flatMap(w -> Arbitraries.of(
                w, w.toUpperCase(Locale.ROOT), w.toLowerCase(Locale.ROOT)));
        Arbitrary<String> other = Arbitraries.of("12", "345", ",", "-", "/", "  ", "\u00A0", "(a)");
        return Arbitraries.oneOf(word, word, word, other).list().ofMaxSize(6).map(l -> String.join(" ", l));
    }

    /** {@link #unicodeText()} as is or in one of the legacy encodings (one encoding per string). */
    @Provide
    Arbitrary<String> realText() {
        return unicodeText().flatMap(t -> Arbitraries.of(
                t, LegacyEncoder.tcvn3Abc(t), LegacyEncoder.tcvn3Vn1(t), LegacyEncoder.vni(t), LegacyEncoder.cp1258(t)));
    }

    /** Anything: random Unicode, Windows-1252 soup, and real text. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> cp1252 = Arbitraries.strings()
                .withCharRange(' ', '~').withCharRange('\u00A0', '\u00FF').withChars("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\u0001\u0016")
                .ofMaxLength(20);
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20), cp1252, realText());
    }

    @Property
    void encodeLegacyThenDecodeGivesTheTextBack(@ForAll("unicodeText") String s) {
        String unicode = VietnameseText.normalize(s);
        for (TextEncoding e : TextEncoding.values()) {
            String legacy = VietnameseText.encodeLegacy(unicode, e);
            // ABC shares codes between toned capitals and lower case: compare case-blind there
            assertThat(VietnameseText.decode(legacy, e).text()).isEqualToIgnoringCase(unicode);
        }
    }

    @Test
    void encodeLegacyWritesTheDomainExamples() {
        assertThat(VietnameseText.encodeLegacy("Nguyễn Văn An", TextEncoding.TCVN3)).isEqualTo("NguyÔn V¨n An");
        assertThat(VietnameseText.encodeLegacy("Nguyễn Văn An", TextEncoding.VNI_WINDOWS)).isEqualTo("Nguyeãn Vaên An");
    }
}
