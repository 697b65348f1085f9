package org.parcelrecon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyllablesTest {
    private static boolean valid(String w) {
        return Syllables.isValidWord(w, 0, w.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // names and common words
        "Nguyễn", "Trần", "Đặng", "người", "thuyền", "khuyến", "quốc", "Quỳnh", "giữa", "gì", "gìn",
        "nghiêng", "khuỷu", "ngoài", "xoong", "Đắk",
        // both tone styles, all three cases
        "hòa", "hoà", "HÒA", "HOÀ", "thủy", "thuỷ", "Khỏe", "Khoẻ",
        // no tone, and ASCII
        "an", "Minh", "THANH"
    })
    void acceptsWellFormedSyllables(String word) {
        assertThat(valid(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // legacy readings
        "NguyÔn", "Hång", "Hµ", "Traàn", "Nguyeãn", "Ñaëng",
        // unnatural case
        "sÊt", "nGuyễn",
        // tone misplaced in either style
        "laõ", "hòang", "thiũ", "gìa",
        // stop codas take only acute or dot below
        "hàt", "mãc",
        // two tones, foreign letters and words
        "áá", "Café", "Müller", "fan", "quá̀",
        // not a syllable
        "", "nguyễnn", "str", "a1"
    })
    void rejectsEverythingElse(String word) {
        assertThat(valid(word)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // open oa, oe, uy: tone on the first vowel (the chosen style)
        "hoà, hòa", "thuỷ, thủy", "Khoẻ, Khỏe", "hoá, hóa", "Thuý, Thúy", "HOÀ, HÒA",
        // qu and gi belong to the onset
        "quý, quý", "qúy, quý", "giá, giá", "gía, giá",
        // a final consonant: the last vowel
        "hòang, hoàng", "hoàng, hoàng", "tóan, toán", "qùynh, quỳnh",
        // a vowel with a quality mark wins, the second of ươ
        "thùyên, thuyền", "khuyến, khuyến", "ngừơi, người", "thủơ, thuở",
        // three vowels: the middle one
        "ngòai, ngoài", "khủyu, khuỷu",
        // left alone: not syllables, or nothing to move
        "Café, Café", "Nguyễn Văn, Nguyễn Văn", "abc, abc"
    })
    void placesTonesCanonically(String input, String expected) {
        assertThat(Syllables.canonicalize(input)).isEqualTo(expected);
    }

    @Property
    void canonicalPlacementIsIdempotentAndKeepsWordsValid(
            @ForAll @From(supplier = VocabularySupplier.class) String word) {
        String once = Syllables.canonicalize(word);
        assertThat(Syllables.canonicalize(once)).isEqualTo(once);
        assertThat(valid(once)).isEqualTo(valid(word));
    }

    /** Real words for the property above. */
    static final class VocabularySupplier implements net.jqwik.api.ArbitrarySupplier<String> {
        @Override
        public net.jqwik.api.Arbitrary<String> get() {
            return net.jqwik.api.Arbitraries.of(EncodingDetectorTest.VOCABULARY);
        }
    }
}
