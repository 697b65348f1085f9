package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code link --save-index} and {@code lookup}: one record (or a file of new ones) against a saved index. */
class LookupCommandTest {
    @TempDir
    Path dir;

    private Path users;
    private Path citizens;
    private Path index;

    @BeforeEach
    void tables() throws IOException {
        users = Files.writeString(dir.resolve("users.csv"), """
                id,full_name,birth,citizen_id,commune
                u1,Nguyễn Văn An,1962,022062001234,Hà Tu
                u2,Trần Thị Bình,1975,,Hà Tu
                u3,Lê Văn Cường,1980,,Hà Tu
                u4,Phạm Văn Dũng,1990,,Hà Tu
                u5,Nguyễn Văn An,1962,,Hà Tu
                """);
        citizens = Files.writeString(dir.resolve("citizens.csv"), """
                id,full_name,birth,citizen_id,commune
                022062001234,Nguyễn Văn An,1962-03-04,022062001234,Phường Hà Tu
                022175000111,Trần Thị Bình,1975-05-06,022175000111,Phường Hà Tu
                022080000222,Lê Văn Cường,1980-01-01,022080000222,Phường Hà Tu
                022081000333,Lê Văn Cường,1981-02-02,022081000333,Phường Hà Tu
                022066000444,Hoàng Thị Em,1966-07-08,022066000444,Phường Hà Tu
                """);
        index = dir.resolve("citizens.idx");
    }

    private CliRun saveIndex(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("link", "--left", users.toString(), "--right",
                citizens.toString(), "--preset", "vn-person", "--one-match-per-left", "--save-index",
                index.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aRecordLookedUpGetsItsCandidatesBestFirstWithCitizenIdsMaskedAndExplainedWhenAsked() throws Exception {
        CliRun save = saveIndex();
        assertThat(save.exitCode()).as(save.err()).isZero();
        assertThat(save.err()).contains("linking index of 5 right records saved to");
        assertThat(Files.size(index)).isPositive();
        assertThat(dir.resolve("pairs.csv")).doesNotExist();

        CliRun run = CliRun.of("lookup", "--index", index.toString(), "--record",
                "id=new1,full_name=Le Van Cuong,birth=1980,commune=Hà Tu", "--explain");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("new1: 2 candidates with match probability >= 0.01 (of 5 right records;");
        List<String> ranked = run.outLines().stream().filter(l -> l.matches(" +\\d+  .*")).toList();
        // born 1980 like the first Lê Văn Cường: he comes first, his namesake born 1981 second
        assertThat(ranked).hasSize(2);
        assertThat(ranked.get(0)).contains("022*******22");
        assertThat(ranked.get(1)).contains("022*******33");
        assertThat(run.out()).contains("the pair's own evidence").containsPattern("full_name|given|surname")
                .doesNotContain("022080000222").doesNotContain("022081000333");

        CliRun shown = CliRun.of("lookup", "--index", index.toString(), "--record",
                "id=new1,full_name=Le Van Cuong,birth=1980,commune=Hà Tu", "--limit", "1", "--show-ids");
        assertThat(shown.out()).contains("1 candidate with").contains("022080000222")
                .doesNotContain("022081000333");
    }

    @Test
    void aFileOfRecordsGetsExactlyTheBatchRunsPairsAndEveryRowIsAccountedFor() throws Exception {
        Path pairs = dir.resolve("pairs.csv");
        CliRun save = saveIndex("--out", pairs.toString(), "--show-ids");
        assertThat(save.exitCode()).as(save.err()).isZero();
        Path found = dir.resolve("found.csv");
        CliRun run = CliRun.of("lookup", "--index", index.toString(), "--records", users.toString(), "--out",
                found.toString(), "--limit", "100", "--show-ids");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pairsOf(found, 2)).isNotEmpty().isEqualTo(pairsOf(pairs, 1));
        assertThat(Files.readAllLines(found).get(0)).startsWith("\uFEFFleft_id,rank,right_id,match_probability,"
                + "match_weight,");
        // u4 (Phạm Văn Dũng) is nobody in the population
        assertThat(run.out()).contains("users.csv: 5 rows = 4 with a candidate (found.csv) + 1 without"
                + " (found_unmatched.csv) + 0 rejected (found_rejected.csv)").contains("time a record: median");
        assertThat(Files.readAllLines(dir.resolve("found_unmatched.csv"))).containsExactly(
                "\uFEFFfile,line,id", "users.csv,5,u4");
    }

    /** left id, right id and probability of each row; the probability is column {@code probabilityColumn}. */
    private static Set<List<String>> pairsOf(Path csv, int rightColumn) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(","))
                .map(c -> List.of(c[0], c[rightColumn], c[rightColumn + 1])).collect(Collectors.toSet());
    }

    @Test
    void aBrokenRowIsRejectedWithItsLineAndTheOtherRowsStillAnswered() throws Exception {
        assertThat(saveIndex().exitCode()).isZero();
        Path records = Files.writeString(dir.resolve("new.csv"), """
                id,full_name,birth,citizen_id,commune
                n1,Trần Thị Bình,1975,,Hà Tu
                n2,"Lê Văn Cường,1980
                """);
        Path found = dir.resolve("found.csv");
        CliRun run = CliRun.of("lookup", "--index", index.toString(), "--records", records.toString(), "--out",
                found.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("new.csv: 2 rows = 1 with a candidate (found.csv) + 0 without");
        assertThat(run.out()).contains("+ 1 rejected");
        assertThat(Files.readAllLines(dir.resolve("found_rejected.csv")).get(1)).startsWith("new.csv,3,");
        assertThat(run.err()).contains("1 rows of new.csv could not be read");
        assertThat(Files.readAllLines(found)).hasSize(2).element(1).asString().startsWith("n1,1,022*******11,");
    }

    @Test
    void aDamagedIndexAMissingOutAndAnIndexWithoutARightTableAreClearErrors() throws Exception {
        Path damaged = Files.write(dir.resolve("damaged.idx"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        CliRun bad = CliRun.of("lookup", "--index", damaged.toString(), "--record", "full_name=An");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("damaged.idx");

        assertThat(saveIndex().exitCode()).isZero();
        CliRun noOut = CliRun.of("lookup", "--index", index.toString(), "--records", users.toString());
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--records needs --out");
        CliRun unknown = CliRun.of("lookup", "--index", index.toString(), "--record", "name=An,year=1962");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("names none of the columns the index reads");

        CliRun dedupe = CliRun.of("link", "--left", users.toString(), "--preset", "vn-person", "--save-index",
                index.toString());
        assertThat(dedupe.exitCode()).isEqualTo(2);
        assertThat(dedupe.err()).contains("--save-index indexes the right table");
    }
}
