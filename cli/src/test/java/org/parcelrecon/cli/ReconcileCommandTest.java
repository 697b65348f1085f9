package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

class ReconcileCommandTest {
    private static final Pattern FULL_ID = Pattern.compile("(?<![0-9*.])[0-9]{12}(?![0-9.])");

    @TempDir
    static Path dir;

    static Path gen;

    @BeforeAll
    static void generate() throws IOException {
        gen = dir.resolve("gen");
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(800).withSeed(4)).generate(gen);
    }

    @Test
    void reconcilesRegisterMapsAndPopulationAndWritesEveryOutput() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("reconcile", "--register", gen.resolve("register.csv").toString(),
                "--map", gen.resolve("map_new.geojson").toString(), "--old-map", gen.resolve("map_old.geojson").toString(),
                "--population", gen.resolve("population.csv").toString(), "--out", out.toString(), "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rows accounted for").contains("CLEAN").contains("INCOMPLETE");
        assertThat(run.err()).contains("reconcile: read register:").contains("reconcile: link land users:")
                .contains("reconcile: index map:").contains("reconcile: index old map:").contains("reconcile: decide communes:");
        for (String f : List.of("records.csv", "findings.csv", "rejected.csv", "summary.csv", "flagged.geojson")) {
            assertThat(out.resolve(f)).exists();
            assertThat(FULL_ID.matcher(Files.readString(out.resolve(f), StandardCharsets.UTF_8)).find())
                    .as(f + " holds no full ID").isFalse();
        }
        assertThat(FULL_ID.matcher(run.out() + run.err()).find()).isFalse();
    }

    @Test
    void showIdsWritesTheLinkedCitizensIdsInFull() throws IOException {
        Path out = dir.resolve("ids");
        CliRun run = CliRun.of("reconcile", "--register", gen.resolve("register.csv").toString(),
                "--population", gen.resolve("population.csv").toString(), "--out", out.toString(), "--show-ids");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("not checked without a map: MAP_PARCEL_MISSING");
        assertThat(FULL_ID.matcher(Files.readString(out.resolve("records.csv"), StandardCharsets.UTF_8)).find())
                .isTrue();
    }

    @Test
    void aRegisterThatCannotBeReadIsAnErrorNamingTheFile() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        CliRun run = CliRun.of("reconcile", "--register", empty.toString(), "--out", dir.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("empty.csv").doesNotContain("Usage");
        CliRun missing = CliRun.of("reconcile", "--register", dir.resolve("nope.csv").toString(), "--out",
                dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv");
    }

    @Test
    void anOldMapWithoutTheCurrentOneIsAUsageError() {
        CliRun run = CliRun.of("reconcile", "--register", gen.resolve("register.csv").toString(),
                "--old-map", gen.resolve("map_old.geojson").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--map");
    }

    @Test
    void registerColumnsAreMappedByName() throws IOException {
        Path register = dir.resolve("renamed.csv");
        Files.writeString(register, "To,Thua,Ten\n12,345,Nguyễn Văn An\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("reconcile", "--register", register.toString(), "--register-columns",
                "SHEET=To,PLOT=Thua,USER_NAME=Ten", "--out", dir.resolve("renamed").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 rows: 1 in 1 records, 0 rejected");
    }

    @Test
    void anotherProvincesUnitsAreReadFromTheUnitsFolder() throws IOException {
        Path units = Files.createDirectories(dir.resolve("Tỉnh Thử"));
        Files.writeString(units.resolve("units_before_2025-07-01.csv"), """
                code,name,unit_type,full_name,district_code,district_full_name
                90001,An Bình,Xã,Xã An Bình,901,Huyện Thử
                90002,An Lạc,Xã,Xã An Lạc,901,Huyện Thử
                """, StandardCharsets.UTF_8);
        Files.writeString(units.resolve("units_from_2025-07-01.csv"), """
                code,name,unit_type,full_name
                90001,An Phú,Xã,Xã An Phú
                """, StandardCharsets.UTF_8);
        Files.writeString(units.resolve("crosswalk_2025.csv"), """
                old_code,new_code,portion,old_unit_split_into
                90001,90001,full,1
                90002,90001,full,1
                """, StandardCharsets.UTF_8);
        Path register = dir.resolve("other-province.csv");
        Files.writeString(register, "commune_code,sheet,plot,area_m2,user_name\n90002,1,2,100,Nguyễn Văn An\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("other-province");
        CliRun run = CliRun.of("reconcile", "--register", register.toString(), "--units", units.toString(),
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8))
                .contains("OLD_ADMIN_CODE").contains("Xã An Lạc").contains("Xã An Phú");

        Files.delete(units.resolve("crosswalk_2025.csv"));
        CliRun broken = CliRun.of("reconcile", "--register", register.toString(), "--units", units.toString(),
                "--out", dir.resolve("broken-units").toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("crosswalk_2025.csv").doesNotContain("Usage");
    }
}
