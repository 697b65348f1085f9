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
        assertThat(run.out()).contains("20 of 20 rows accounted for");
        List<String> records = Files.readAllLines(dir.resolve("records.csv"), StandardCharsets.UTF_8);
        List<String> rejected = Files.readAllLines(dir.resolve("rejected.csv"), StandardCharsets.UTF_8);
        // header + 19 records; header + the one row whose key has no plot number
        assertThat(records).hasSize(20);
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(1)).contains("no parcel key");
    }

    @Test
    void findsTheSamplesKnownProblemsWithIdsMasked() throws Exception {
        CliRun.of("demo", "--out", dir.toString());
        String findings = Files.readString(dir.resolve("findings.csv"), StandardCharsets.UTF_8);
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
        String findings = Files.readString(dir.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertThat(findings).contains("Nguyễn Văn Hải");
    }
}
