package org.parcelrecon.core.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

    @ParameterizedTest(name = "{0} -> {1} | {2} | {3}")
    @CsvSource(delimiter = '|', value = {
        // plain names, family first
        "Nguyễn Văn An           | Nguyễn | Văn     | An",
        "Trần Thị Thu Hương      | Trần   | Thị Thu | Hương",
        "Lê Hoa                  | Lê     | ''      | Hoa",
        // all caps, extra spaces, lower case
        "NGUYỄN   VĂN  AN        | Nguyễn | Văn     | An",
        "  phạm thị   dung       | Phạm   | Thị     | Dung",
        // missing diacritics
        "NGUYEN VAN AN           | Nguyen | Van     | An",
        "Ho Van Minh             | Ho     | Van     | Minh",
        // titles and prefixes
        "Ông Nguyễn Văn An       | Nguyễn | Văn     | An",
        "Bà Trần Thị Bình        | Trần   | Thị     | Bình",
        "Hộ ông Lê Văn Cường     | Lê     | Văn     | Cường",
        "Hộ bà Phạm Thị Dung     | Phạm   | Thị     | Dung",
        "HỘ GIA ĐÌNH ÔNG ĐỖ VĂN E| Đỗ     | Văn     | E",
        "ong Nguyen Van An       | Nguyen | Van     | An",
        "Ho ong Nguyen Van An    | Nguyen | Van     | An",
        "Bà Hoa                  | ''     | ''      | Hoa",
        // a name that starts like a title keeps its word when too short to hold a title
        "Bá Văn Nam              | Bá     | Văn     | Nam",
        "Ba Nam                  | Ba     | ''      | Nam",
        // compound family names
        "Tôn Nữ Minh Châu        | Tôn Nữ | Minh    | Châu",
        "Tôn Thất Thuyết         | Tôn Thất | ''    | Thuyết",
        // remarks in brackets
        "Nguyễn Văn An (chủ hộ)  | Nguyễn | Văn     | An",
    })
    void splitsOneNameFamilyFirst(String cell, String family, String middle, String given) {
        NameCell parsed = PersonNames.parse(cell);
        assertThat(parsed.isValid()).as("valid: %s", parsed).isTrue();
        assertThat(parsed.names()).hasSize(1);
        PersonName name = parsed.names().get(0);
        assertThat(name.family()).isEqualTo(family);
        assertThat(name.middleJoined()).isEqualTo(middle);
        assertThat(name.given()).isEqualTo(given);
    }

    @Test
    void aCellNamingSpousesYieldsTwoNamesAndKeepsTheTitles() {
        NameCell parsed = PersonNames.parse("Vợ chồng ông Lê Văn Cường và bà Phạm Thị Dung");
        assertThat(parsed.names()).extracting(PersonName::fullName)
                .containsExactly("Lê Văn Cường", "Phạm Thị Dung");
        assertThat(parsed.titles()).containsExactly("Vợ chồng ông", "bà");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Nguyễn Văn An, Trần Thị Bình",
        "Nguyễn Văn An; Trần Thị Bình",
        "Nguyễn Văn An & Trần Thị Bình",
        "Nguyễn Văn An - Trần Thị Bình",
        "NGUYEN VAN AN VA TRAN THI BINH",
        "Ông Nguyễn Văn An và Bà Trần Thị Bình",
    })
    void coOwnersJoinedBySeparatorsAreSplit(String cell) {
        assertThat(PersonNames.parse(cell).names()).extracting(PersonName::folded)
                .containsExactly("nguyen van an", "tran thi binh");
    }

    @Test
    void theWordVaInsideAShortNameIsNotASeparator() {
        assertThat(PersonNames.parse("Lê Va").names()).extracting(PersonName::fullName).containsExactly("Lê Va");
    }

    @Test
    void aTitleWithNoNameIsAProblem() {
        NameCell parsed = PersonNames.parse("Hộ ông");
        assertThat(parsed.names()).isEmpty();
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problem()).hasValueSatisfying(p -> assertThat(p).contains("Hộ ông"));
    }

    @Test
    void digitsAreNotAName() {
        NameCell parsed = PersonNames.parse("Nguyễn Văn 2");
        assertThat(parsed.names()).isEmpty();
        assertThat(parsed.problem()).hasValueSatisfying(p -> assertThat(p).contains("'2'"));
    }

    @Test
    void anEmptyCellIsAProblemNotAnException() {
        assertThat(PersonNames.parse("   ").problem()).contains("empty cell");
        assertThatNullPointerException().isThrownBy(() -> PersonNames.parse(null)).withMessageContaining("cell");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Công ty TNHH Minh Phát",
        "UBND xã Hải Hòa",
        "Hợp tác xã Nông nghiệp Đông Ngũ",
        "Trường THCS Hà Tu",
        "CONG TY CO PHAN THAN HA TU",
    })
    void organisationsAreRecognisedAndNotSplitIntoPeople(String cell) {
        NameCell parsed = PersonNames.parse(cell);
        assertThat(parsed.organization()).isTrue();
        assertThat(parsed.names()).isEmpty();
        assertThat(parsed.isValid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"Đinh Văn Sơn", "Trương Thị Mai", "Nguyễn Công An", "Phong Văn Tú"})
    void personNamesThatContainOrganisationWordsStayPeople(String cell) {
        NameCell parsed = PersonNames.parse(cell);
        assertThat(parsed.organization()).isFalse();
        assertThat(parsed.names()).hasSize(1);
    }

    @Test
    void foldedNameIgnoresDiacriticsAndCase() {
        assertThat(PersonNames.parseOne("ĐẶNG THỊ HỒNG")).get().extracting(PersonName::folded)
                .isEqualTo("dang thi hong");
    }

    @Property
    void anyGeneratedNameSplitsBackIntoItsParts(@ForAll("names") List<String> words) {
        String cell = String.join(" ", words);
        NameCell parsed = PersonNames.parse(cell);
        assertThat(parsed.names()).hasSize(1);
        PersonName name = parsed.names().get(0);
        assertThat(name.family()).isEqualTo(words.get(0));
        assertThat(name.middle()).isEqualTo(words.subList(1, words.size() - 1));
        assertThat(name.given()).isEqualTo(words.get(words.size() - 1));
    }

    @Property
    void parsingTheFullNameAgainIsIdempotent(@ForAll("names") List<String> words) {
        PersonName once = PersonNames.parseOne(String.join(" ", words).toUpperCase()).orElseThrow();
        PersonName twice = PersonNames.parseOne(once.fullName()).orElseThrow();
        assertThat(twice).isEqualTo(once);
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> family = Arbitraries.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi",
                "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Quách");
        Arbitrary<String> middle = Arbitraries.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Xuân");
        Arbitrary<String> given = Arbitraries.of("An", "Bình", "Cường", "Dung", "Hương", "Khoa", "Lan", "Tuấn",
                "Thủy", "Hòa", "Yến", "Ánh");
        return Combinators.combine(family, middle.list().ofMaxSize(3), given).as((f, m, g) -> {
            List<String> words = new java.util.ArrayList<>();
            words.add(f);
            words.addAll(m);
            words.add(g);
            return List.copyOf(words);
        });
    }
}
