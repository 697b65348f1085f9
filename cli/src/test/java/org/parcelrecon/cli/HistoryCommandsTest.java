package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.testkit.generate.GeneratorSettings;
import org.parcelrecon.testkit.generate.ProvinceGenerator;

/** reconcile records each run in its history and compares it with the one before; history lists; diff compares. */
class HistoryCommandsTest {
    @TempDir
    static Path dir;

    static Path gen;
    static Path out;
    static CliRun first;
    static CliRun second;

    @BeforeAll
    static void reconcileTwice() throws IOException {
        gen = dir.resolve("gen");
        ProvinceGenerator.of(GeneratorSettings.defaults().withParcels(800).withSeed(8)).generate(gen);
        out = dir.resolve("out");
        first = reconcile(gen.resolve("register.csv"));
        List<String> lines = Files.readAllLines(gen.resolve("register.csv"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("register2.csv"), lines.subList(0, lines.size() - 3), StandardCharsets.UTF_8);
        second = reconcile(dir.resolve("register2.csv"));
    }

    static CliRun reconcile(Path register) {
        return CliRun.of("reconcile", "--register", register.toString(), "--map",
                gen.resolve("map_new.geojson").toString(),
                "--population", gen.resolve("population.csv").toString(), "--out", out.toString(), "--threads", "2",
                "--no-train");
    }

    @Test
    void reconcileRecordsItsRunAndComparesItWithTheOneBefore() throws IOException {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("run 1 in ").contains("the first, nothing to compare with");
        assertThat(first.err()).contains("reconcile: history: run 1 recorded in");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("run 2 in ").contains("since run 1:").contains("diff.csv");
        assertThat(out.resolve("history.sqlite")).exists();
        List<String> diff = Files.readAllLines(out.resolve("diff.csv"), StandardCharsets.UTF_8);
        assertThat(diff.get(0)).contains("change,commune_code,sheet,plot");
        assertThat(diff).as("the last rows' records changed").hasSizeGreaterThan(1);
        assertThat(Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8).get(0))
                .endsWith("top_reasons,records_before,clean_before,clean_change,became_clean,regressed,new_records,"
                        + "vanished_records,status_changed,level1,share_level1,group2,group3,not_level1_other");
    }

    @Test
    void summaryCountsEveryParcelInOneCampaignPlacement() throws IOException {
        assertThat(second.out()).contains("level 1 (profile default): ");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        for (String line : summary.subList(1, summary.size())) {
            String[] cells = line.split(",");
            int n = cells.length;
            long placed = Long.parseLong(cells[n - 5]) + Long.parseLong(cells[n - 3]) + Long.parseLong(cells[n - 2])
                    + Long.parseLong(cells[n - 1]);
            assertThat(placed).as(line).isEqualTo(Long.parseLong(cells[3]));
        }
    }

    @Test
    void aProfileWithAnUnknownFieldIsAnErrorNamingTheFileBeforeAnyWork() throws IOException {
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"level_one\": []}");
        Path elsewhere = dir.resolve("profiled");
        CliRun run = CliRun.of("reconcile", "--register", gen.resolve("register.csv").toString(), "--out",
                elsewhere.toString(), "--profile", profile.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(profile.toString()).contains("unknown field \"level_one\"");
        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aRunThatFailsLeavesNoNewHistoryBehind() {
        Path failed = dir.resolve("failed");
        CliRun run = CliRun.of("reconcile", "--register", dir.resolve("absent.csv").toString(), "--out",
                failed.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failed.resolve("history.sqlite")).doesNotExist();
    }

    @Test
    void historyListsTheRunsOldestFirst() {
        CliRun run = CliRun.of("history", "--history", out.resolve("history.sqlite").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).startsWith("1 ").contains("register.csv");
        assertThat(run.outLines().get(2)).startsWith("2 ").contains("register2.csv");
    }

    @Test
    void diffComparesAnyTwoRunsIntoDiffCsv() throws IOException {
        Path to = dir.resolve("diff");
        CliRun run = CliRun.of("diff", "2", "1", "--history", out.resolve("history.sqlite").toString(), "--out",
                to.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("run 2 to run 1").contains("province");
        List<String> back = Files.readAllLines(to.resolve("diff.csv"), StandardCharsets.UTF_8);
        List<String> forth = Files.readAllLines(out.resolve("diff.csv"), StandardCharsets.UTF_8);
        assertThat(back).hasSameSizeAs(forth);
    }

    @Test
    void aRunTheHistoryLacksIsAnErrorNamingTheRunsItHolds() {
        CliRun run = CliRun.of("diff", "1", "7", "--history", out.resolve("history.sqlite").toString(), "--out",
                dir.resolve("nothing").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no run 7").contains("runs 1 to 2").doesNotContain("at org.");
    }

    @Test
    void aMissingHistoryIsAnErrorAndIsNotCreated() {
        Path none = dir.resolve("none/history.sqlite");
        CliRun run = CliRun.of("history", "--history", none.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no run history at " + none);
        assertThat(none).doesNotExist();
    }

    @Test
    void reconcileRefusesAHistoryThatIsAnotherFileBeforeWritingAnything() throws IOException {
        Path note = dir.resolve("note.txt");
        Files.writeString(note, "minutes of the meeting\n".repeat(100));
        Path elsewhere = dir.resolve("elsewhere");
        CliRun run = CliRun.of("reconcile", "--register", gen.resolve("register.csv").toString(), "--out",
                elsewhere.toString(), "--history", note.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(note.toString());
        assertThat(elsewhere.resolve("records.csv")).doesNotExist();
        assertThat(Files.readString(note)).startsWith("minutes of the meeting");
    }
}
