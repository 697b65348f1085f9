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
}
