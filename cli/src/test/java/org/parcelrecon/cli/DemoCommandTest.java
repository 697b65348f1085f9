package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesRecordsFindingsAndRejectedRowsAndAccountsForEveryRow() throws Exception {
        CliRun run = CliRun.of("demo", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("20 of 20 rows accounted for").contains("21 of 21 rows accounted for");
        List<String> records = Files.readAllLines(dir.resolve("day-1/records.csv"), StandardCharsets.UTF_8);
        List<String> rejected = Files.readAllLines(dir.resolve("day-1/rejected.csv"), StandardCharsets.UTF_8);
        // header + 19 records; header + the one row whose key has no plot number
        assertThat(records).hasSize(20);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(1)).contains("no parcel key");
    }

    @Test
    void findsTheSamplesKnownProblemsWithIdsMasked() throws Exception {
        CliRun.of("demo", "--out", dir.toString());
        String findings = Files.readString(dir.resolve("day-1/findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings)
                .contains("OLD_ADMIN_CODE").contains("06664")
                .contains("LAND_USE_MISMATCH").contains("use HNK")
                .contains("USER_ID_OUTDATED")
                .contains("LEGACY_ENCODING_FIXED").contains("TCVN3").contains("VNI-Windows")
                .contains("CERTIFICATE_SERIAL_INVALID")
                .contains("USER_ID_INVALID");
        // ID numbers appear only masked
        assertThat(findings).doesNotContain("100234567").doesNotContain("022131000001");
    }

    @Test
    void decodedLegacyNamesAreWrittenInUnicode() throws Exception {
        CliRun.of("demo", "--out", dir.toString());
        String findings = Files.readString(dir.resolve("day-1/findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings).contains("Nguyễn Văn Hải");
    }

    @Test
    void theSecondDayIsComparedWithTheFirstAndTheDiffNamesTheRowsTheOfficeChanged() throws Exception {
        CliRun run = CliRun.of("demo", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("since run 1: 2 became clean, 1 regressed, 1 new, 0 vanished")
                .contains("Open the report of day 2 in a browser: "
                        + dir.resolve("day-2/report.html").toAbsolutePath());
        List<String> diff = Files.readAllLines(dir.resolve("day-2/diff.csv"), StandardCharsets.UTF_8);
        assertThat(diff.subList(1, diff.size())).extracting(l -> String.join(",", List.of(l.split(",")).subList(0, 4)))
                .containsExactly("REASONS_CHANGED,06652,7,23", "BECAME_CLEAN,06652,12,349",
                        "BECAME_CLEAN,06652,12,353", "REGRESSED,06799,31,6", "NEW,06799,31,7");
        assertThat(dir.resolve("day-1/report.html")).exists();
        assertThat(dir.resolve("history.sqlite")).exists();
    }

    @Test
    void aSecondDemoInTheSameFolderStartsItsHistoryAfresh() throws Exception {
        CliRun.of("demo", "--out", dir.toString());
        CliRun again = CliRun.of("demo", "--out", dir.toString());
        assertThat(again.out()).contains("run 1 in").contains("the first, nothing to compare with");
    }
}
