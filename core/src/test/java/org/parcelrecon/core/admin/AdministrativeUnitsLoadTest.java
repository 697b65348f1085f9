package org.parcelrecon.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.evidence.Evidence;
import org.parcelrecon.core.evidence.EvidenceFixtures;
import org.parcelrecon.core.evidence.RecordKey;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.builtin.BuiltInRules;

class AdministrativeUnitsLoadTest {
    @TempDir
    Path dir;

    /** A made-up province: two old communes merged into one, a third split in two. */
    private Path tinyProvince() throws IOException {
        write("units_before_2025-07-01.csv", """
                code,name,unit_type,full_name,district_code,district_full_name
                90001,An Bình,Xã,Xã An Bình,901,Huyện Thử
                90002,An Lạc,Xã,Xã An Lạc,901,Huyện Thử
                90003,Bắc Sơn,Xã,Xã Bắc Sơn,901,Huyện Thử
                """);
        write("units_from_2025-07-01.csv", """
                code,name,unit_type,full_name
                90001,An Phú,Xã,Xã An Phú
                90010,Sơn Hà,Xã,Xã Sơn Hà
                """);
        write("crosswalk_2025.csv", """
                old_code,new_code,portion,old_unit_split_into
                90001,90001,full,1
                90002,90001,full,1
                90003,90001,partial,2
                90003,90010,partial,2
                """);
        return dir;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aProvinceFolderLoadsWithItsMergerAndSplit() throws IOException {
        AdministrativeUnits units = AdministrativeUnits.load("Tỉnh Thử", tinyProvince());
        assertThat(units.units(Period.BEFORE_2025_07_01)).hasSize(3);
        assertThat(units.current("90010")).map(AdminUnit::fullName).contains("Xã Sơn Hà");
        assertThat(units.resolve("90002", Period.MERGER_DATE.minusDays(1)))
                .isInstanceOf(CommuneResolution.Full.class);
        assertThat(units.resolve("90003", Period.MERGER_DATE.minusDays(1)))
                .isInstanceOf(CommuneResolution.Partial.class);
    }

    @Test
    void oldAdminCodeNamesTheConfiguredProvincesCommunes() throws IOException {
        AdministrativeUnits units = AdministrativeUnits.load("Tỉnh Thử", tinyProvince());
        Rule rule = BuiltInRules.all(units).stream().filter(r -> r.id().equals("OLD_ADMIN_CODE")).findFirst()
                .orElseThrow();
        Evidence evidence = Evidence.builder(new RecordKey("90002", "90001", "1", "2"))
                .addRow(EvidenceFixtures.rowWithUser().build()).addMapParcel(EvidenceFixtures.mapParcel()).build();
        List<Finding> findings = rule.check(evidence);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(ReasonCode.OLD_ADMIN_CODE);
            assertThat(f.evidence()).containsEntry("oldUnit", "Xã An Lạc").containsEntry("currentUnit", "Xã An Phú");
        });
    }

    @Test
    void aCopyOfTheBundledTablesLoadsAsQuangNinh() throws IOException {
        for (String name : List.of(AdministrativeUnitsLoader.BEFORE, AdministrativeUnitsLoader.FROM,
                AdministrativeUnitsLoader.CROSSWALK, AdministrativeUnitsLoader.CHANGES_2024)) {
            try (InputStream in = AdministrativeUnits.class.getResourceAsStream(name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        AdministrativeUnits copy = AdministrativeUnits.load("Quảng Ninh", dir);
        AdministrativeUnits bundled = AdministrativeUnits.quangNinh();
        for (Period period : Period.values()) {
            assertThat(copy.units(period)).isEqualTo(bundled.units(period));
        }
        assertThat(copy.resolve("06886", Period.MERGER_DATE.minusDays(1)))
                .isEqualTo(bundled.resolve("06886", Period.MERGER_DATE.minusDays(1)));
    }

    @Test
    void aMalformedRowNamesTheFileAndLine() throws IOException {
        tinyProvince();
        write("crosswalk_2025.csv", """
                old_code,new_code,portion,old_unit_split_into
                90001,90001,full,1
                90002,90001,full
                """);
        assertThatThrownBy(() -> AdministrativeUnits.load("Tỉnh Thử", dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crosswalk_2025.csv line 3");
    }

    @Test
    void tablesThatDoNotFitTogetherAreRefusedNamingTheFolder() throws IOException {
        tinyProvince();
        write("crosswalk_2025.csv", """
                old_code,new_code,portion,old_unit_split_into
                90001,90001,full,1
                90002,90001,full,1
                """);
        assertThatThrownBy(() -> AdministrativeUnits.load("Tỉnh Thử", dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("90003 has no successor");
    }

    @Test
    void aMissingTableIsNamed() throws IOException {
        tinyProvince();
        Files.delete(dir.resolve("units_from_2025-07-01.csv"));
        assertThatThrownBy(() -> AdministrativeUnits.load("Tỉnh Thử", dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units_from_2025-07-01.csv");
    }

    @Test
    void aTableInAnotherEncodingIsNamedWithWhatToDo() throws IOException {
        tinyProvince();
        Files.write(dir.resolve("units_from_2025-07-01.csv"),
                "code,name,unit_type,full_name\n90001,An Phú,Xã,Xã An Phú\n".getBytes(
                        java.nio.charset.Charset.forName("windows-1258")));
        assertThatThrownBy(() -> AdministrativeUnits.load("Tỉnh Thử", dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("units_from_2025-07-01.csv").hasMessageContaining("not UTF-8");
    }
}
