package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDataAndTruthFilesAndTheSameBytesForTheSameSeed() throws Exception {
        CliRun first = CliRun.of("generate", "--parcels", "300", "--seed", "7", "--out", dir.resolve("a").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun.of("generate", "--parcels", "300", "--seed", "7", "--threads", "1", "--out", dir.resolve("b").toString());
        for (String f : new String[] {"register.csv", "population.csv", "map_old.geojson", "map_new.geojson",
            "truth_register.csv", "truth_changes.csv"}) {
            assertThat(dir.resolve("a").resolve(f)).exists();
            assertThat(Files.mismatch(dir.resolve("a").resolve(f), dir.resolve("b").resolve(f))).as(f).isEqualTo(-1);
        }
        assertThat(first.out()).contains("register rows").contains("citizens");
    }

    @Test
    void aBadParcelCountIsAUsageError() {
        CliRun run = CliRun.of("generate", "--parcels", "-5", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void compareMapsOnAGeneratedProvinceIsScoredAgainstItsTruth() throws Exception {
        Path data = dir.resolve("p");
        assertThat(CliRun.of("generate", "--parcels", "1500", "--seed", "4", "--out", data.toString()).exitCode()).isZero();
        CliRun compare = CliRun.of("compare-maps", "--old", data.resolve("map_old.geojson").toString(),
                "--new", data.resolve("map_new.geojson").toString(), "--out", dir.resolve("cmp").toString());
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        CliRun eval = CliRun.of("evaluate", "--truth", data.resolve("truth_changes.csv").toString(),
                "--changes", dir.resolve("cmp/changes.csv").toString());
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        String all = eval.outLines().get(eval.outLines().size() - 1);
        assertThat(all).startsWith("ALL,");
        // most parcels do not change between surveys and must come out UNCHANGED once the offset is removed
        assertThat(Double.parseDouble(all.substring(all.lastIndexOf(',') + 1))).isGreaterThan(0.9);
    }

    @Test
    void checkMapFindsNoDuplicateSheetPlotOnACleanGeneratedProvince() throws Exception {
        // every commune numbers its sheets and plots from 1: the same numbers in two communes are no duplicate
        Path data = dir.resolve("p");
        assertThat(CliRun.of("generate", "--parcels", "1500", "--seed", "3", "--out", data.toString()).exitCode()).isZero();
        for (String map : new String[] {"map_old.geojson", "map_new.geojson"}) {
            CliRun check = CliRun.of("check-map", data.resolve(map).toString(), "--out", dir.resolve("qa").toString());
            assertThat(check.exitCode()).as(check.err()).isZero();
            assertThat(check.out()).as(map).containsPattern("DUPLICATE_SHEET_PLOT +0\\R")
                    .containsPattern("DUPLICATE_ID +0\\R");
        }
    }
}
