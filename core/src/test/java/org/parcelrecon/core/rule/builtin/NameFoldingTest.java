package org.parcelrecon.core.rule.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.text.VietnameseText;

class NameFoldingTest {
    private static final String LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
    private static final String ALPHABET = LETTERS + LETTERS.toUpperCase(Locale.ROOT) + "  \t-'.0123456789";

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(names(), Arbitraries.strings().ofMaxLength(12));
    }

    @ParameterizedTest
    @CsvSource({
        // case, diacritics, đ and spacing do not matter
        "NGUYỄN VĂN AN,      'Nguyen  Van An ', true",
        "Đặng Thị Hồng,      dang thi hong,     true",
        "' Lê  Văn\tTám ',   le van tam,        true",
        // different letters or words
        "Nguyễn Văn An,      Nguyễn Văn Anh,    false",
        "Nguyễn Văn An,      NguyễnVăn An,      false",
        // not sure: a combining mark or a letter outside the table
        "'Nguye\u0303n',     Nguyen,            false",
        "Øster,              oster,             false",
    })
    void fastPathAnswersTrueOnlyWhenSure(String a, String b, boolean same) {
        assertThat(NameFolding.surelySameFolded(a, b)).isEqualTo(same);
    }

    @Property
    void fastPathNeverDisagreesWithFold(@ForAll("anyText") String a, @ForAll("anyText") String b) {
        if (NameFolding.surelySameFolded(a, b)) {
            assertThat(VietnameseText.fold(a)).isEqualTo(VietnameseText.fold(b));
        }
    }

    @Property
    void fastPathRecognisesEveryVietnameseNameAsItsFoldedForm(@ForAll("names") String name) {
        assertThat(NameFolding.surelySameFolded(name, VietnameseText.fold(name))).isTrue();
        assertThat(NameFolding.surelySameFolded(name.toUpperCase(Locale.ROOT), name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        // both spell the word with diacritics, differently
        "Nguyễn Thị Hường, Nguyễn Thị Hương, true",
        "Đặng,             Dặng,             true",
        // one side has no diacritics in that word: it agrees with any spelling
        "Nguyen Thi Huong, Nguyễn Thị Hương, false",
        "Nguyễn Van An,    Nguyễn Văn Ân,    false",
        // only case differs
        "NGUYỄN VĂN AN,    Nguyễn Văn An,    false",
        // decomposed input is composed first
        "'Nguye\u0302\u0303n', Nguyễn,       false",
    })
    void diacriticsDifferOnlyWhereBothNamesCarryThem(String a, String b, boolean differ) {
        assertThat(NameFolding.diacriticsDiffer(a, b)).isEqualTo(differ);
    }
}
