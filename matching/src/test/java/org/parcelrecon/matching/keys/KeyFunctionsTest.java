package org.parcelrecon.matching.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyFunctionsTest {
    private static final KeyFunctions F = KeyFunctions.standard();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // text
        "identity;  Nguyễn  ;  Nguyễn  ",
        "lower;NGUYỄN Văn;nguyễn văn",
        "normalize;Nguyễn   Văn  An;Nguyễn Văn An",
        "fold;Nguyễn Văn An;nguyen van an",
        "fold;ĐẶNG THỊ HỒNG;dang thi hong",
        "alnum;O'Brien-Smith 3;obriensmith3",
        "digits;022 190-012.345;022190012345",
        "digits;no digits;''",
        // tokens and slices
        "first_token;Nguyễn Văn An;Nguyễn",
        "last_token;Nguyễn Văn An;An",
        "sorted_tokens;van an nguyen;an nguyen van",
        "prefix:3;Hương;Hươ",
        "suffix:6;022190012345;012345",
        "prefix:10;An;An",
        // chains
        "vn_given|fold;NGUYỄN VĂN AN;an",
        "fold|prefix:3;Hương;huo",
        // dates: ISO, day first, month first only when the day cannot be a month, partial dates
        "date;1971-06-24;1971-06-24",
        "date;24/06/1971;1971-06-24",
        "date;4/6/1971;1971-06-04",
        "date;06/24/1971;1971-06-24",
        "date;19710624;1971-06-24",
        "date;24.06.1971;1971-06-24",
        "date;1971-06-24 00:00:00;1971-06-24",
        "date;06/1971;1971-06",
        "date;1992-14-11;1992-11-14",
        "date;1990-13-01;1990-01-13",
        "date;1971;1971",
        // impossible or unreadable dates yield nothing
        "date;1990-02-30;''",
        "date;1990-13-13;''",
        "date;31/31/1990;''",
        "date;hôm qua;''",
        "date;25569;''",
        "date;0999;''",
        // any four-digit year (FEBRL has births before 1800: they were dropped silently)
        "date;1700;1700",
        "date;1789-07-14;1789-07-14",
        "year;14/07/1789;1789",
        // year, also of an impossible day
        "year;1990-02-30;1990",
        "year;24/06/1971;1971",
        "year;khong ro;''",
        // citizen IDs through core's repairs
        "citizen_id;022 190 012 345;022190012345",
        "citizen_id;22190012345;022190012345",
        "citizen_id;2.21900E+10;''",
        "citizen_id;100123456;100123456",
        "citizen_id_kind;100123456;CMND",
        "citizen_id_kind;022190012345;CCCD",
        "cccd_birth_year;022190012345;1990",
        "cccd_birth_year;100123456;''",
        // Vietnamese name parts
        "vn_family;Ông NGUYỄN VĂN AN;Nguyễn",
        "vn_middle;Trần Thị Thu Hương;Thị Thu",
        "vn_middle;Lê Hoa;''",
        "vn_given;Hộ bà Trần Thị Bình;Bình",
        "vn_name;Vợ chồng ông Lê Văn Cường và bà Phạm Thị Dung;Lê Văn Cường",
        "vn_given;Công ty TNHH Minh Phát;''",
    })
    void derivesTheTable(String spec, String value, String expected) {
        assertThat(F.resolve(spec).apply(value)).isEqualTo(expected);
    }

    @Test
    void emptySpecificationIsIdentity() {
        assertThat(F.resolve("").apply("x")).isEqualTo("x");
        assertThat(F.resolve(" ").apply("x")).isEqualTo("x");
    }

    @Test
    void refusesUnknownNamesListingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> F.resolve("fold|nope"))
                .withMessageContaining("unknown key function 'nope'").withMessageContaining("fold, ");
        assertThat(F.isValid("fold|nope")).isFalse();
        assertThat(F.isValid("vn_given|fold")).isTrue();
    }

    @Test
    void refusesBadArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> F.resolve("prefix")).withMessageContaining("prefix:3");
        assertThatIllegalArgumentException().isThrownBy(() -> F.resolve("prefix:0"));
        assertThatIllegalArgumentException().isThrownBy(() -> F.resolve("fold:2")).withMessageContaining("no argument");
        assertThatNullPointerException().isThrownBy(() -> F.resolve(null));
    }

    @Test
    void hostsAddTheirOwnFunctionsWithoutChangingTheOriginal() {
        KeyFunctions extended = F.with("soundex_like", v -> v.substring(0, 1).toUpperCase());
        assertThat(extended.resolve("fold|soundex_like").apply("được")).isEqualTo("D");
        assertThat(F.names()).doesNotContain("soundex_like");
        assertThatIllegalArgumentException().isThrownBy(() -> F.with("a|b", v -> v));
        assertThatIllegalArgumentException().isThrownBy(() -> F.with(" ", v -> v));
    }

    @Test
    void standardIncludesTheBuiltInsSorted() {
        assertThat(F.names()).contains("fold", "date", "citizen_id", "vn_given").isSorted();
        assertThat(KeyFunctions.builtIn().names()).isSubsetOf(F.names());
    }

    @Property(tries = 300)
    void foldingIsIdempotent(@ForAll @StringLength(max = 20) String s) {
        String once = F.resolve("fold").apply(s);
        assertThat(F.resolve("fold").apply(once)).isEqualTo(once);
    }

    @Property(tries = 300)
    void dateKeysAreIsoDatesThatReadBackToThemselves(@ForAll @IntRange(min = 1800, max = 2199) int y,
                                                    @ForAll @IntRange(min = 1, max = 12) int m,
                                                    @ForAll @IntRange(min = 1, max = 28) int d) {
        String dayFirst = d + "/" + m + "/" + y;
        String iso = F.resolve("date").apply(dayFirst);
        assertThat(iso).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(F.resolve("date").apply(iso)).isEqualTo(iso);
        assertThat(F.resolve("year").apply(iso)).isEqualTo(Integer.toString(y));
    }
}
