package org.parcelrecon.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parcelrecon.core.admin.CommuneResolution.Current;
import org.parcelrecon.core.admin.CommuneResolution.DependsOnDate;
import org.parcelrecon.core.admin.CommuneResolution.Full;
import org.parcelrecon.core.admin.CommuneResolution.OldCode;
import org.parcelrecon.core.admin.CommuneResolution.Partial;
import org.parcelrecon.core.admin.CommuneResolution.Retired;
import org.parcelrecon.core.admin.CommuneResolution.Unknown;

class AdministrativeUnitsTest {
    private static final AdministrativeUnits QN = AdministrativeUnits.quangNinh();
    private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_NEW_DAY = LocalDate.of(2025, 7, 1);

    // ---- counts (DOMAIN §2) ----

    @Test
    void hasOneHundredSeventyOneUnitsBeforeAndFiftyFourFromFirstJuly2025() {
        assertThat(QN.units(Period.BEFORE_2025_07_01)).hasSize(171);
        assertThat(QN.units(Period.FROM_2025_07_01)).hasSize(54);
        assertThat(QN.units(Period.RETIRED_2024)).hasSize(6);
    }

    @Test
    void countsUnitTypesAsResolution1679AndTheGsoListDo() {
        assertThat(countByType(Period.BEFORE_2025_07_01))
                .isEqualTo(Map.of(UnitType.PHUONG, 73L, UnitType.XA, 91L, UnitType.THI_TRAN, 7L));
        assertThat(countByType(Period.FROM_2025_07_01))
                .isEqualTo(Map.of(UnitType.PHUONG, 30L, UnitType.XA, 22L, UnitType.DAC_KHU, 2L));
    }

    private static Map<UnitType, Long> countByType(Period period) {
        return QN.units(period).stream().collect(Collectors.groupingBy(AdminUnit::type, Collectors.counting()));
    }

    @Test
    void listsUnitsInCodeOrderWithDistrictsOnlyBeforeTheMerger() {
        for (Period p : Period.values()) {
            List<String> codes = QN.units(p).stream().map(AdminUnit::code).toList();
            assertThat(codes).isSorted().doesNotHaveDuplicates();
            assertThat(QN.units(p)).allMatch(u -> u.period() == p);
        }
        assertThat(QN.units(Period.BEFORE_2025_07_01)).allMatch(u -> u.districtCode().isPresent());
        assertThat(QN.units(Period.FROM_2025_07_01)).allMatch(u -> u.districtCode().isEmpty());
        assertThat(QN.before("06649")).get().satisfies(u -> {
            assertThat(u.fullName()).isEqualTo("Phường Hà Khánh");
            assertThat(u.districtCode()).contains("193");
            assertThat(u.districtName()).contains("Thành phố Hạ Long");
        });
    }

    // ---- every old unit has a destination ----

    @Test
    void resolvesEveryOldUnitAsOfTheLastDayBeforeTheMergerToAtLeastOneCurrentUnit() {
        for (AdminUnit old : QN.units(Period.BEFORE_2025_07_01)) {
            CommuneResolution r = QN.resolve(old.code(), LAST_OLD_DAY);
            assertThat(r).as(old.code()).isInstanceOfAny(Full.class, Partial.class);
            assertThat(((OldCode) r).old()).isEqualTo(old);
            assertThat(r.currentCandidates()).as(old.code()).isNotEmpty()
                    .allMatch(u -> u.period() == Period.FROM_2025_07_01);
        }
    }

    @Test
    void resolvesEveryOldUnitWithoutADateToItsOldReading() {
        for (AdminUnit old : QN.units(Period.BEFORE_2025_07_01)) {
            CommuneResolution r = QN.resolve(old.code());
            OldCode asOld = r instanceof DependsOnDate d ? d.asOld() : (OldCode) r;
            assertThat(asOld.old()).isEqualTo(old);
        }
    }

    @Test
    void resolvesEveryCurrentUnitAsOfTheMergerDayAndGivesItAPredecessor() {
        for (AdminUnit unit : QN.units(Period.FROM_2025_07_01)) {
            assertThat(QN.resolve(unit.code(), FIRST_NEW_DAY)).isEqualTo(new Current(unit.code(), unit));
            assertThat(QN.current(unit.code())).contains(unit);
            assertThat(QN.predecessors(unit.code())).as(unit.code()).isNotEmpty();
        }
    }

    @Test
    void everyCurrentCodeIsAlsoAnOldCodeAndTwentyOneOfThemChangedName() {
        long renamed = QN.units(Period.FROM_2025_07_01).stream()
                .filter(u -> {
                    assertThat(QN.before(u.code())).as(u.code()).isPresent();
                    assertThat(QN.resolve(u.code())).isInstanceOf(DependsOnDate.class);
                    return !QN.before(u.code()).orElseThrow().name().equals(u.name());
                })
                .count();
        assertThat(renamed).isEqualTo(21);
    }

    // ---- the 12 split units (DOMAIN §2 table): old code, new codes, clauses ----

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "06655, Hà Khẩu,     06706 06661,       36 37",
        "06799, Hải Hòa,     06799 06886,       3 7",
        "06820, Trưng Vương, 06820 06811,       28 29",
        "06853, Vô Ngại,     06862 06838,       4 18",
        "06868, Đại Dực,     06862 06877,       4 6",
        "06877, Đông Ngũ,    06862 06877,       4 6",
        "06880, Yên Than,    06862 06874,       4 5",
        "06886, Hải Lạng,    06799 06886 06970, 3 7 10",
        "06946, Quảng Long,  06922 06946,       13 14",
        "07042, Đồng Lâm,    07060 07030,       2 44",
        "07093, Đức Chính,   07090 07093,       22 23",
        "07180, Liên Hòa,    07168 07180,       33 35",
    })
    void readsSplitUnitsAsPartialWithTheirClauses(String code, String name, String newCodes, String clauses) {
        CommuneResolution r = QN.resolve(code, LAST_OLD_DAY);
        assertThat(r).isInstanceOf(Partial.class);
        Partial p = (Partial) r;
        assertThat(p.old().name()).isEqualTo(name);
        assertThat(p.successors()).extracting(s -> s.unit().code()).containsExactly(newCodes.split(" "));
        assertThat(p.successors()).extracting(Successor::clause)
                .containsExactly(Arrays.stream(clauses.split(" ")).map(Integer::valueOf).toArray(Integer[]::new));
        assertThat(r.currentUnit()).isEmpty();
    }

    @Test
    void findsExactlyTwelveSplitUnits() {
        List<String> partial = QN.units(Period.BEFORE_2025_07_01).stream()
                .filter(u -> QN.resolve(u.code(), LAST_OLD_DAY) instanceof Partial)
                .map(AdminUnit::code).toList();
        assertThat(partial).containsExactly("06655", "06799", "06820", "06853", "06868", "06877", "06880",
                "06886", "06946", "07042", "07093", "07180");
    }

    // ---- the same code names different units before and after 1 Jul 2025 ----

    @Test
    void reads06652AsOldHaPhongBeforeTheMergerAndAsNewHaTuFromIt() {
        CommuneResolution before = QN.resolve("06652", LAST_OLD_DAY);
        assertThat(before).isInstanceOf(Full.class);
        Full full = (Full) before;
        assertThat(full.old().name()).isEqualTo("Hà Phong");
        assertThat(full.successor().unit().name()).isEqualTo("Hà Tu");
        assertThat(full.successor().clause()).isEqualTo(39);

        CommuneResolution after = QN.resolve("06652", FIRST_NEW_DAY);
        assertThat(after).isInstanceOf(Current.class);
        assertThat(((Current) after).unit().name()).isEqualTo("Hà Tu");

        CommuneResolution undated = QN.resolve("06652");
        assertThat(undated).isEqualTo(new DependsOnDate(full, (Current) after));
        assertThat(undated.currentUnit()).map(AdminUnit::code).contains("06652");

        assertThat(QN.before("06652")).map(AdminUnit::name).contains("Hà Phong");
        assertThat(QN.current("06652")).map(AdminUnit::name).contains("Hà Tu");
        assertThat(QN.predecessors("06652")).extracting(AdminUnit::code, AdminUnit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("06652", "Hà Phong"),
                        org.assertj.core.groups.Tuple.tuple("06664", "Hà Tu"));
    }

    @Test
    void readsAnOldOnlyCodeAsOldWhateverTheDate() {
        // old P. Hà Tu 06664 is not a current code: a record dated 2026 that carries it still means old Hà Tu
        assertThat(QN.resolve("06664", LocalDate.of(2026, 1, 1))).isEqualTo(QN.resolve("06664", LAST_OLD_DAY));
        assertThat(QN.resolve("06664").currentUnit()).map(AdminUnit::code).contains("06652");
        assertThat(QN.current("06664")).isEmpty();
    }

    @Test
    void offersBothSplitAndCurrentCandidatesForAnUndatedSplitCodeThatIsAlsoCurrent() {
        // 06799: old Xã Hải Hòa (Cẩm Phả), split into Hải Hòa and Hải Lạng; also the code of new Xã Hải Hòa
        CommuneResolution r = QN.resolve("06799");
        assertThat(r).isInstanceOf(DependsOnDate.class);
        assertThat(r.currentCandidates()).extracting(AdminUnit::code).containsExactly("06799", "06886");
        assertThat(r.currentUnit()).isEmpty();
    }

    @Test
    void mapsVanDonSpecialZoneFromOldTownshipCaiRong() {
        assertThat(QN.before("06994")).map(AdminUnit::fullName).contains("Thị trấn Cái Rồng");
        assertThat(QN.current("06994")).map(AdminUnit::fullName).contains("Đặc khu Vân Đồn");
        assertThat(QN.predecessors("06994")).hasSize(12);
        assertThat(QN.predecessors("07192")).extracting(AdminUnit::code).containsExactly("07192", "07195", "07198");
    }

    @Test
    void keepsCaiChienUnchangedUnderClause54() {
        Full full = (Full) QN.resolve("06967", LAST_OLD_DAY);
        assertThat(full.successor()).isEqualTo(new Successor(QN.current("06967").orElseThrow(), 54));
        assertThat(full.old().name()).isEqualTo(full.successor().unit().name());
        assertThat(QN.predecessors("06967")).containsExactly(full.old());
    }

    // ---- Ba Chẽ: 06970 preferred, 06978 alias ----

    @Test
    void acceptsBaCheAlias06978ForCurrentCode06970() {
        AdminUnit baChe = QN.current("06970").orElseThrow();
        assertThat(baChe.fullName()).isEqualTo("Xã Ba Chẽ");
        assertThat(QN.current("06978")).contains(baChe);
        assertThat(QN.current("6978")).contains(baChe);
        assertThat(QN.before("06978")).isEmpty();

        CommuneResolution alias = QN.resolve("06978");
        assertThat(alias).isEqualTo(new Current("06978", baChe));
        assertThat(((Current) alias).viaAlias()).isTrue();
        assertThat(QN.resolve("06978", LocalDate.of(2025, 8, 1))).isEqualTo(alias);

        CommuneResolution preferred = QN.resolve("06970", FIRST_NEW_DAY);
        assertThat(((Current) preferred).viaAlias()).isFalse();
        assertThat(((Full) QN.resolve("06970", LAST_OLD_DAY)).old().fullName()).isEqualTo("Thị trấn Ba Chẽ");
        assertThat(QN.predecessors("06978")).isEqualTo(QN.predecessors("06970"));
    }

    // ---- units retired in 2024: known codes, unknown destination ----

    @ParameterizedTest
    @CsvSource({
        "06682, Phường Yết Kiêu",
        "06718, Phường Hoà Lạc",
        "06802, Xã Cẩm Hải",
        "06991, Xã Minh Cầm",
        "07072, Phường Đông Triều",
        "07087, Xã Tân Việt",
    })
    void reportsUnitsRetiredIn2024WithoutInventingWhereTheyWent(String code, String fullName) {
        for (CommuneResolution r : List.of(QN.resolve(code), QN.resolve(code, LocalDate.of(2023, 1, 1)),
                QN.resolve(code, FIRST_NEW_DAY))) {
            assertThat(r).isInstanceOf(Retired.class);
            assertThat(((Retired) r).old().fullName()).isEqualTo(fullName);
            assertThat(((Retired) r).old().period()).isEqualTo(Period.RETIRED_2024);
            assertThat(r.currentCandidates()).isEmpty();
        }
        assertThat(QN.before(code)).isEmpty();
        assertThat(QN.current(code)).isEmpty();
    }

    // ---- code forms as found in spreadsheets ----

    @ParameterizedTest
    @ValueSource(strings = {"06652", "6652", " 06652 ", "006652", "０６６５２", "6652.0", "06652.00"})
    void readsCodeFormsThatLostOrGainedZeros(String written) {
        assertThat(QN.before(written)).map(AdminUnit::code).contains("06652");
        assertThat(QN.resolve(written, LAST_OLD_DAY)).isEqualTo(QN.resolve("06652", LAST_OLD_DAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "06a52", "123456", "-6652", "6652.5", "06 652", "xã 06652"})
    void rejectsTextThatIsNotACode(String written) {
        CommuneResolution r = QN.resolve(written);
        assertThat(r).isInstanceOf(Unknown.class);
        assertThat(((Unknown) r).codeAsWritten()).isEqualTo(written);
        assertThat(((Unknown) r).reason()).contains("not a commune code");
        assertThat(QN.before(written)).isEmpty();
        assertThat(QN.current(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "00001", "7", "06650", "07201"})
    void reportsWellFormedCodesThatNoUnitHas(String written) {
        CommuneResolution r = QN.resolve(written, FIRST_NEW_DAY);
        assertThat(r).isInstanceOf(Unknown.class);
        assertThat(((Unknown) r).reason()).startsWith("no Quảng Ninh unit has code ");
        assertThat(r.currentCandidates()).isEmpty();
    }

    @Test
    void blamesTheCallerForNulls() {
        assertThatThrownBy(() -> QN.resolve(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("code");
        assertThatThrownBy(() -> QN.resolve("06652", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> QN.byName(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("name");
    }

    // ---- names: folded, with or without prefix; a list since names repeat ----

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // one name, two periods, two codes
        "Hà Tu                 | 06664/BEFORE_2025_07_01 06652/FROM_2025_07_01",
        "ha tu                 | 06664/BEFORE_2025_07_01 06652/FROM_2025_07_01",
        "  PHƯỜNG  HÀ TU       | 06664/BEFORE_2025_07_01 06652/FROM_2025_07_01",
        "P. Hà Tu              | 06664/BEFORE_2025_07_01 06652/FROM_2025_07_01",
        // the prefix picks the township among same-named units
        "Thị trấn Đầm Hà       | 06895/BEFORE_2025_07_01",
        "TT Đầm Hà             | 06895/BEFORE_2025_07_01",
        "tt. dam ha            | 06895/BEFORE_2025_07_01",
        "Xã Đầm Hà             | 06916/BEFORE_2025_07_01 06895/FROM_2025_07_01",
        "Đầm Hà                | 06895/BEFORE_2025_07_01 06916/BEFORE_2025_07_01 06895/FROM_2025_07_01",
        // tone placement does not matter (the source writes both Hoà and Hòa)
        "Phường Hải Hòa        | 06742/BEFORE_2025_07_01",
        "Xã Hải Hoà            | 06799/BEFORE_2025_07_01 06799/FROM_2025_07_01",
        // a wrong prefix is ignored when no unit of that type has the name
        "Xã Cao Xanh           | 06658/BEFORE_2025_07_01 06658/FROM_2025_07_01",
        // special zones and numbered wards
        "Đặc khu Vân Đồn       | 06994/FROM_2025_07_01",
        "Móng Cái 1            | 06712/FROM_2025_07_01",
        // names from before the 2024 changes
        "Lương Mông            | 06985/BEFORE_2025_07_01",
        "Xã Cộng Hòa           | 06799/BEFORE_2025_07_01",
        "Cộng Hòa              | 06799/BEFORE_2025_07_01 07150/BEFORE_2025_07_01",
        "Phường Đông Triều     | 07072/RETIRED_2024 07093/FROM_2025_07_01",
        "Yết Kiêu              | 06682/RETIRED_2024",
    })
    void findsUnitsByFoldedName(String name, String expected) {
        assertThat(QN.byName(name)).extracting(u -> u.code() + "/" + u.period())
                .containsExactly(expected.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Hà Nội", "Phường", "Hà", "06652"})
    void findsNoUnitForNamesThatNoUnitHas(String name) {
        assertThat(QN.byName(name)).isEmpty();
    }

    // ---- laws ----

    @Property
    void datedResolutionIsOneReadingOfTheUndatedOne(@ForAll @IntRange(min = 6600, max = 7250) int number,
                                                    @ForAll("dates") LocalDate asOf) {
        String code = "%05d".formatted(number);
        CommuneResolution undated = QN.resolve(code);
        CommuneResolution dated = QN.resolve(code, asOf);
        assertThat(dated).isNotInstanceOf(DependsOnDate.class);
        if (undated instanceof DependsOnDate both) {
            assertThat(dated).isEqualTo(asOf.isBefore(Period.MERGER_DATE) ? both.asOld() : both.asCurrent());
        } else {
            assertThat(dated).isEqualTo(undated);
        }
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Dates.dates().between(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31));
    }

    @Property
    void neverThrowsOnArbitraryText(@ForAll String text) {
        assertThat(QN.resolve(text)).isNotNull();
        assertThat(QN.byName(text)).isNotNull();
    }

    @Property
    void readsAnyCodeWithItsZerosStripped(@ForAll("knownCodes") String code) {
        String stripped = code.replaceFirst("^0+", "");
        assertThat(QN.resolve(stripped)).isEqualTo(QN.resolve(code));
    }

    @Provide
    Arbitrary<String> knownCodes() {
        Set<String> codes = Arrays.stream(Period.values()).flatMap(p -> QN.units(p).stream())
                .map(AdminUnit::code).collect(Collectors.toCollection(java.util.TreeSet::new));
        return Arbitraries.of(codes);
    }

    @Test
    void returnsTheSameInstanceEveryTime() {
        assertThat(AdministrativeUnits.quangNinh()).isSameAs(QN);
    }
}
