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
        // a control character is not space: the fast path is unsure (found by fastPathNeverDisagreesWithFold)
        "'\u0000',          '',                false",
        // only whitespace folds to the empty key (found by fastPathRecognisesEveryVietnameseNameAsItsFoldedForm)
        "' ',                '',                true",
        "'\t ',             '',                true",
        // different letters or words
        "Nguyễn Văn An,      Nguyễn Văn Anh,    false",
        "Nguyễn Văn An,      NguyễnVăn An,      false",
        // not sure: a combining mark or a letter outside the table
        "'Nguye\u0303n',     Nguyen,            false",
        "Øster,              oster,             false",
    })
    void fastPathAnswersSameOnlyWhenSure(String a, String b, boolean same) {
        assertThat(NameFolding.compare(a, b) != NameFolding.DIFFERENT_OR_UNSURE).isEqualTo(same);
    }

    @Property
    void fastPathNeverDisagreesWithFold(@ForAll("anyText") String a, @ForAll("anyText") String b) {
        int answer = NameFolding.compare(a, b);
        if (answer != NameFolding.DIFFERENT_OR_UNSURE) {
            assertThat(VietnameseText.foldUnicode(a)).isEqualTo(VietnameseText.foldUnicode(b));
            assertThat(answer == NameFolding.OTHER_DIACRITICS).isEqualTo(NameFolding.diacriticsDiffer(a, b));
        }
    }

    @Property
    void caseAndFoldedVariantsAreTheSameName(@ForAll("names") String a) {
        // upper-case without diacritics, or lower case: one side carries no diacritics or both spell alike
        String b = VietnameseText.foldUnicode(a).toUpperCase(Locale.ROOT);
        String c = a.toLowerCase(Locale.ROOT);
        assertThat(NameFolding.compare(a, b)).isEqualTo(NameFolding.SAME);
        assertThat(NameFolding.compare(a, c)).isEqualTo(NameFolding.SAME);
    }

    @Property
    void fastPathRecognisesEveryVietnameseNameAsItsFoldedForm(@ForAll("names") String name) {
        assertThat(NameFolding.compare(name, VietnameseText.foldUnicode(name))).isEqualTo(NameFolding.SAME);
        assertThat(NameFolding.compare(name.toUpperCase(Locale.ROOT), name)).isEqualTo(NameFolding.SAME);
    }

    @ParameterizedTest
    @CsvSource({
        // both spell the word with diacritics, differently
        "Nguyễn Thị Hường, Nguyễn Thị Hương, true",
        "Đặng,             Dặng,             true",
        // one name has no diacritics at all (an old system): it agrees with any spelling
        "Nguyen Thi Huong, Nguyễn Thị Hương, false",
        "NGUYEN VAN AN,    Nguyễn Văn Ân,    false",
        // a name typed with marks that left some out: a typo
        "Nguyễn Van An,    Nguyễn Văn Ân,    true",
        "Le Văn Trung,     Lê Văn Trung,     true",
        // only case differs
        "NGUYỄN VĂN AN,    Nguyễn Văn An,    false",
        // decomposed input is composed first
        "'Nguye\u0302\u0303n', Nguyễn,       false",
    })
    void diacriticsDifferWhereBothNamesCarryThemAndDisagree(String a, String b, boolean differ) {
        assertThat(NameFolding.diacriticsDiffer(a, b)).isEqualTo(differ);
        int fast = NameFolding.compare(a, b);
        if (fast != NameFolding.DIFFERENT_OR_UNSURE) {
            assertThat(fast == NameFolding.OTHER_DIACRITICS).isEqualTo(differ);
        }
    }
}
