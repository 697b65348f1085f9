package org.parcelrecon.core.landuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcelrecon.core.landuse.LandUseCheck.Current;
import org.parcelrecon.core.landuse.LandUseCheck.Retired;
import org.parcelrecon.core.landuse.LandUseCheck.Unknown;
import org.parcelrecon.core.landuse.LandUseCode.Confidence;
import org.parcelrecon.core.landuse.LandUseCode.Mapping;
import org.parcelrecon.core.landuse.LandUseCode.Status;

class LandUseCodesTest {
    private static final LandUseCodes CODES = LandUseCodes.national();

    /** The first column of the bundled CSV, read without the production parser. */
    private static List<String> codesInCsv() throws IOException {
        try (InputStream in = LandUseCodes.class.getResourceAsStream(LandUseCodes.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(','))).toList();
        }
    }

    // ---- every row of the table ----

    @Test
    void looksUpEveryCodeInTheTableInAnyCaseWithBlanks() throws IOException {
        List<String> csv = codesInCsv();
        assertThat(csv).hasSize(69);
        assertThat(CODES.all()).extracting(LandUseCode::code).containsExactlyElementsOf(csv);
        for (String code : csv) {
            assertThat(CODES.lookup(code)).map(LandUseCode::code).contains(code);
            assertThat(CODES.lookup("  " + code.toLowerCase() + "\t")).map(LandUseCode::code).contains(code);
        }
    }

    @Test
    void checksEveryRowByItsStatus() {
        for (LandUseCode row : CODES.all()) {
            LandUseCheck check = CODES.check(row.code());
            if (row.status() == Status.OLD) {
                assertThat(check).as(row.code()).isEqualTo(new Retired(row.code(), row));
            } else {
                assertThat(check).as(row.code()).isEqualTo(new Current(row.code(), row));
                assertThat(row.mapsTo()).isEmpty();
            }
        }
    }

    @Test
    void mapsOldCodesOnlyToCurrentCodesUnlessTheMappingIsAGuess() {
        for (LandUseCode row : CODES.all()) {
            row.mapsTo().ifPresent(m -> {
                if (m.guess()) {
                    assertThat(CODES.lookup(m.code())).as(row.code() + " → " + m.code()).isEmpty();
                } else {
                    assertThat(CODES.lookup(m.code())).as(row.code()).get().matches(LandUseCode::isCurrent);
                }
            });
        }
    }

    // ---- forms as typed in registers ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // case and blanks
        "ont      | ONT",
        "' ODT '  | ODT",
        "Cln      | CLN",
        // Vietnamese Đ typed for D
        "ĐGT      | DGT",
        "đtl      | DTL",
        // full-width letters
        "ＯＮＴ   | ONT",
    })
    void readsCodesWhateverTheCaseBlanksOrLetterForm(String written, String code) {
        assertThat(CODES.lookup(written)).map(LandUseCode::code).contains(code);
    }

    // ---- current codes, including renamed and new ones ----

    @Test
    void knowsRenamedAndNewCurrentCodes() {
        assertThat(CODES.lookup("LUC")).get().satisfies(c -> {
            assertThat(c.nameVi()).isEqualTo("Đất chuyên trồng lúa");
            assertThat(c.status()).isEqualTo(Status.CURRENT_AND_OLD);
        });
        assertThat(CODES.lookup("CNT")).get().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.CURRENT);
            assertThat(c.nameEn()).isEqualTo("Concentrated livestock-farming land");
        });
        assertThat(CODES.check("cnt")).isInstanceOf(Current.class);
    }

    // ---- retired codes and their suggestions: code, suggestion, guess?, row confidence ----

    @ParameterizedTest
    @CsvSource({
        // best mapping, single weak source
        "LUN, LUK, false, LOW",
        // folded into HNK per one source
        "BHK, HNK, false, MEDIUM",
        "NHK, HNK, false, MEDIUM",
        // the table itself marks DDD as a guess
        "DDT, DDD, true,  LOW",
        "DDL, DDD, true,  LOW",
    })
    void suggestsTheSuccessorOfARetiredCode(String code, String successor, boolean guess, Confidence confidence) {
        LandUseCheck check = CODES.check(code.toLowerCase());
        assertThat(check).isInstanceOf(Retired.class);
        Retired retired = (Retired) check;
        assertThat(retired.suggestion()).contains(new Mapping(successor, guess));
        assertThat(retired.code().confidence()).isEqualTo(confidence);
        assertThat(retired.input()).isEqualTo(code.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SKK", "SKN", "SKT", "DTS", "DXH", "DNG", "DSK", "SKX", "DKV", "MVB", "MVT", "MVR", "MVK"})
    void offersNoSuccessorWhereNoneIsKnown(String code) {
        Retired retired = (Retired) CODES.check(code);
        assertThat(retired.suggestion()).isEmpty();
        assertThat(retired.code().confidence()).isEqualTo(Confidence.LOW);
    }

    // ---- unknown input ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XYZ    | XYZ is in neither the 2024 list",
        "DDD    | DDD is in neither the 2024 list",
        "''     | no land-use code given",
        "'   '  | no land-use code given",
        "ONT1   | is not a land-use code: expected three letters",
        "ON     | is not a land-use code: expected three letters",
        "ONT.   | is not a land-use code: expected three letters",
        "ONT+CLN| is not a land-use code: expected three letters",
    })
    void reportsUnknownCodesWithAReason(String written, String reason) {
        LandUseCheck check = CODES.check(written);
        assertThat(check).isInstanceOf(Unknown.class);
        assertThat(((Unknown) check).reason()).contains(reason);
        assertThat(check.input()).isEqualTo(written);
        assertThat(CODES.lookup(written)).isEmpty();
    }

    // ---- combined fields: a parcel with two uses ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ONT+CLN      | ONT CLN",
        "ONT/CLN      | ONT CLN",
        "'ONT, CLN'   | ONT CLN",
        "ont + cln    | ONT CLN",
        "ODT;CLN;NTS  | ODT CLN NTS",
        "ONT & CLN    | ONT CLN",
        "ONT-CLN      | ONT CLN",
        "ONT CLN      | ONT CLN",
        "ONT＋CLN     | ONT CLN",
        "ONT          | ONT",
        "ONT+ONT      | ONT ONT",
    })
    void splitsCombinedCodes(String written, String codes) {
        assertThat(CODES.checkCombined(written))
                .allMatch(c -> c instanceof Current)
                .extracting(c -> ((Current) c).code().code())
                .containsExactly(codes.split(" "));
    }

    @Test
    void checksEachPartOfACombinedFieldOnItsOwn() {
        List<LandUseCheck> checks = CODES.checkCombined("ONT+LUN+XYZ");
        assertThat(checks).hasSize(3);
        assertThat(checks.get(0)).isInstanceOf(Current.class);
        assertThat(checks.get(1)).isInstanceOf(Retired.class);
        assertThat(checks.get(2)).isInstanceOf(Unknown.class);
        assertThat(checks.get(2).input()).isEqualTo("XYZ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "+", " / , "})
    void reportsACombinedFieldWithNoCodeAsOneUnknown(String written) {
        assertThat(CODES.checkCombined(written)).containsExactly(new Unknown(written, "no land-use code given"));
    }

    @Test
    void blamesTheCallerForNulls() {
        assertThatThrownBy(() -> CODES.check(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> CODES.lookup(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> CODES.checkCombined(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void rejectsRowsThatBreakTheirInvariants() {
        assertThatThrownBy(() -> new LandUseCode("ont", "Đất ở", "x", Status.CURRENT, java.util.Optional.empty(),
                Confidence.HIGH)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ont'");
        assertThatThrownBy(() -> new LandUseCode("ONT", "Đất ở", "x", Status.CURRENT,
                java.util.Optional.of(new Mapping("ODT", false)), Confidence.HIGH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- laws ----

    @Property
    void checkAgreesWithLookupOnAnyText(@ForAll String text) {
        LandUseCheck check = CODES.check(text);
        assertThat(check instanceof Unknown).isEqualTo(CODES.lookup(text).isEmpty());
        assertThat(CODES.checkCombined(text)).isNotEmpty();
    }
}
