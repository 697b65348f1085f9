package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.testdata.SharedData;

class LinkAndEvaluateCommandsTest {
    @TempDir
    Path dir;

    @Test
    void linksSplinksFake1000WithoutLabelsAndEvaluatesAgainstItsLabels() throws Exception {
        Path data = SharedData.require("linkage/splink");
        Path model = Path.of("../matching/src/test/resources/org/parcelrecon/matching/fake_1000_model.json");
        Path pairs = dir.resolve("pairs.csv");
        CliRun link = CliRun.of("link", "--left", data.resolve("fake_1000_splink_datasets.csv").toString(),
                "--settings", model.toString(), "--train", "--save-model", dir.resolve("trained.json").toString(),
                "--out", pairs.toString());
        assertThat(link.exitCode()).as(link.err()).isZero();
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).startsWith("\uFEFFleft_id,right_id,match_probability,match_weight,first_name");
        assertThat(lines).hasSizeGreaterThan(1000);
        assertThat(dir.resolve("trained.json")).exists();

        CliRun eval = CliRun.of("evaluate", "--truth", data.resolve("fake_1000_labels.csv").toString(),
                "--pairs", pairs.toString(), "--unordered");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("threshold 0.50: precision 0.99").contains("best F1");
    }

    @Test
    void aRightColumnMappingThatNamesNoColumnIsAUsageErrorSaidAsSuch() throws Exception {
        // the right table is read on another thread; its usage error must still come out as one
        Path users = dir.resolve("users.csv");
        Path citizens = dir.resolve("citizens.csv");
        Files.writeString(users, "id,full_name\nu1,Nguyễn Văn An\n");
        Files.writeString(citizens, "citizen_id,full_name\n022062001234,Nguyễn Văn An\n");
        CliRun run = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--right-columns", "id=cccd,full_name=full_name", "--preset", "vn-person",
                "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--right-columns").contains("cccd");
    }

    @Test
    void aMissingRightFileIsAnInputErrorNamingTheFile() throws Exception {
        Path users = dir.resolve("users.csv");
        Files.writeString(users, "id,full_name\nu1,Nguyễn Văn An\n");
        Path missing = dir.resolve("no-such-population.csv");
        CliRun run = CliRun.of("link", "--left", users.toString(), "--right", missing.toString(),
                "--preset", "vn-person", "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-population.csv");
    }

    @Test
    void linkWithoutAColumnMappingForARegisterFailsSayingWhichOptionToUse() throws Exception {
        // issue 18: the register's columns are not the preset's; this used to give 0 pairs and exit 0
        Path register = dir.resolve("register.csv");
        Path citizens = dir.resolve("citizens.csv");
        Files.writeString(register, "row_no,user_name,birth_year,id_number\n1,Nguyễn Văn An,1962,022062001234\n");
        Files.writeString(citizens, "citizen_id,full_name\n022062001234,Nguyễn Văn An\n");
        CliRun run = CliRun.of("link", "--left", register.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        // after link's progress line, one error line
        assertThat(run.err().lines().filter(l -> !l.startsWith("link: "))).singleElement().asString()
                .startsWith("parcelrecon: " + register)
                .contains("none of the columns the model compares").contains("--left-columns");
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }

    @Test
    void linkFailsOnAnEmptyTable() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path citizens = Files.writeString(dir.resolve("citizens.csv"), "citizen_id,full_name\n022062001234,An\n");
        CliRun run = CliRun.of("link", "--left", empty.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> !l.startsWith("link: "))).singleElement().asString()
                .contains(empty + ": no rows to link");
    }

    @Test
    void linkSaysSoWhenOutIsAFolder() throws Exception {
        Path left = Files.writeString(dir.resolve("l.csv"), "id,full_name\n1,Nguyễn Văn An\n");
        CliRun run = CliRun.of("link", "--left", left.toString(), "--preset", "vn-person", "--out", dir.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--out " + dir + " is a folder");
    }

    @Test
    void evaluateFailsOnAnEmptyTruthOrChangesFileRatherThanScorePerfectly() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        Path headerOnly = Files.writeString(dir.resolve("header.csv"), "change_type,old_ids,new_ids\n");
        Path truth = Files.writeString(dir.resolve("truth_changes.csv"),
                "old_parcel_id,change_class,renumbered,new_parcel_ids\no1,UNCHANGED,false,n1\n");
        Path changes = Files.writeString(dir.resolve("changes.csv"), "\uFEFFchange_type,old_ids,new_ids\n"
                + "UNCHANGED,o1,n1\n");
        Path pairs = Files.writeString(dir.resolve("pairs.csv"),
                "left_id,right_id,match_probability,match_weight\n1,2,0.9,3\n");
        for (String[] args : List.of(
                new String[] {"--truth", empty.toString(), "--changes", changes.toString()},
                new String[] {"--truth", truth.toString(), "--changes", empty.toString()},
                new String[] {"--truth", truth.toString(), "--changes", headerOnly.toString()},
                new String[] {"--truth", empty.toString(), "--pairs", pairs.toString()})) {
            CliRun run = CliRun.of(java.util.stream.Stream.concat(java.util.stream.Stream.of("evaluate"),
                    java.util.Arrays.stream(args)).toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("parcelrecon: ").containsAnyOf("empty", "no rows", "no true pairs");
            assertThat(run.out()).isEmpty();
        }
        // a changes.csv written with a byte-order mark is read
        CliRun ok = CliRun.of("evaluate", "--truth", truth.toString(), "--changes", changes.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("ALL,1,1,1.0000,0");
    }

    @Test
    void linkAccountsForEveryRowAsPairedUnmatchedOrRejectedWithItsLine() throws Exception {
        // issue 18: a stray quote swallowed the next row, short rows and repeated ids passed unreported, and land
        // users without a match were nowhere
        Path users = Files.writeString(dir.resolve("users.csv"), "id,full_name,birth,citizen_id,commune\n"
                + "u1,Nguyễn Văn An,1962,022062001234,Hà Tu\n"      // line 2: paired
                + "u2,\"Trần Thị Bình,1975,,Hà Tu\n"                // line 3: a quote never closed on its line
                + "u3,Lê Văn Cường,1980,022080000222,Hà Tu\n"       // line 4: paired (was swallowed by line 3)
                + "u4,Phạm Thị Dung\n"                              // line 5: short
                + "u1,Nguyễn Văn An,1962,022062001234,Hà Tu\n"      // line 6: repeats line 2's id
                + "u5,Hoàng Văn Em,1990,,Cẩm Phả\n");               // line 7: no candidate
        Path citizens = Files.writeString(dir.resolve("citizens.csv"), "id,full_name,birth,citizen_id,commune\n"
                + "c1,Nguyễn Văn An,1962-03-04,022062001234,Phường Hà Tu\n"
                + "c3,Lê Văn Cường,1980-01-01,022080000222,Phường Hà Tu\n");
        Path pairs = dir.resolve("out/pairs.csv");
        CliRun run = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--out", pairs.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("users.csv: 6 rows = 2 with a pair + 1 without (pairs_unmatched.csv)"
                + " + 3 rejected (pairs_rejected.csv)");
        assertThat(run.out()).contains("citizens.csv: 2 rows = 2 with a pair + 0 without");
        assertThat(Files.readAllLines(dir.resolve("out/pairs_rejected.csv"))).containsExactly(
                "\uFEFFfile,line,reason",
                "users.csv,3,a quote opened in this row is never closed (a quote opened on this line runs on past it;"
                        + " the lines after it are read as rows of their own)",
                "users.csv,5,the row has 2 fields; the header has 5",
                "users.csv,6,the id of this row is already on line 2; ids must be unique");
        assertThat(Files.readAllLines(dir.resolve("out/pairs_unmatched.csv")))
                .containsExactly("\uFEFFfile,line,id", "users.csv,7,u5");
        assertThat(run.err()).contains("parcelrecon: warning: 3 rows of users.csv could not be read (first: line 3,");
    }

    @Test
    void linkReadsARegisterInAVietnameseCodePageAndNamesTheLineAndOptionWhenNoEncodingFits() throws Exception {
        // issue 18: a Windows-1258 register failed with "parcelrecon: Input length = 1"
        String users = "id,full_name,birth,citizen_id,commune\nu1,Nguyễn Văn An,1962,022062001234,Hà Tu\n";
        Path cp1258 = Files.write(dir.resolve("users.csv"), org.parcelrecon.core.text.VietnameseText
                .encodeLegacy(users, org.parcelrecon.core.text.TextEncoding.WINDOWS_1258)
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path citizens = Files.writeString(dir.resolve("citizens.csv"), "id,full_name,birth,citizen_id,commune\n"
                + "c1,Nguyễn Văn An,1962-03-04,022062001234,Phường Hà Tu\n");
        CliRun run = CliRun.of("link", "--left", cp1258.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("p.csv"))).contains("u1,c1,");

        Path latin1 = Files.write(dir.resolve("latin1.csv"), "id,full_name\nu1,An\nu2,\u00e9t\u00e9\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun bad = CliRun.of("link", "--left", latin1.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--out", dir.resolve("p2.csv").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().lines()).singleElement().asString()
                .startsWith("parcelrecon: latin1.csv:3: not UTF-8").contains("--encoding");
    }

    @Test
    void aModelIsRequiredOnce() throws Exception {
        Path left = dir.resolve("l.csv");
        Files.writeString(left, "id,full_name\n1,Nguyễn Văn An\n");
        CliRun run = CliRun.of("link", "--left", left.toString(), "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("exactly one of --settings and --preset");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"vn-person", "vn-person-province"})
    void theVietnamesePresetsBlockAndCompareLandUsersWithCitizens(String preset) throws Exception {
        Path users = dir.resolve("users.csv");
        Path citizens = dir.resolve("citizens.csv");
        Files.writeString(users, "id,full_name,birth,citizen_id,commune\n"
                + "u1,NGUYEN VAN AN,1962,022062001234,Hà Tu\n"
                + "u2,Trần Thị Bình,1975,,Hà Tu\n");
        Files.writeString(citizens, "id,full_name,birth,citizen_id,commune\n"
                + "c1,Nguyễn Văn An,1962-03-04,022062001234,Phường Hà Tu\n"
                + "c2,Trần Thị Bình,1975-07-01,022175000111,Phường Hà Tu\n"
                + "c3,Lê Văn Cường,1980-01-01,022080000222,Phường Hà Tu\n");
        Path pairs = dir.resolve("pairs.csv");
        CliRun run = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--preset", preset, "--min-probability", "0", "--out", pairs.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String written = Files.readString(pairs);
        // untrained, so probabilities are not meaningful yet; blocking and the comparison levels are
        assertThat(written).contains("u1,c1,").contains("u2,c2,").doesNotContain("u1,c3,");
        assertThat(written).contains("exact without diacritics").contains("equal as written");
        // progress on standard error: what each phase did, ending with scoring at 100%
        assertThat(run.err()).contains("link: read users.csv and citizens.csv: 2 and 3 rows (",
                "link: keys and blocking: 2 x 3 rows, ", "link: scoring 100% of 2 left rows (");
    }

    @Test
    void badCellsGiveNullLevelsAndNoRowIsLostOrThrows() throws Exception {
        // the register as exported: its own column names, read through --left-columns
        Path register = dir.resolve("register.csv");
        Files.writeString(register, "row_no,user_name,birth_year,id_number,commune_code\n"
                + "1,Nguyễn Văn An,1962,022062001234,06652\n"
                // an ID rounded by a spreadsheet and a birth year that is not one
                + "2,Trần Thị Bình,năm 75,2.21900E+10,06652\n"
                // an impossible date and letters for an ID
                + "3,Lê Văn Cường,1980-02-30,CMND so 12,06652\n"
                // a short row: no ID, no commune (rejected: a short row may be half of a row broken in two)
                + "4,Phạm Thị Dung,1990\n"
                // nothing but its number (rejected likewise)
                + "5\n");
        Path population = dir.resolve("population.csv");
        Files.writeString(population, "citizen_id,old_id,full_name,birth_date,address\n"
                + "022062001234,,Nguyễn Văn An,1962-03-04,\"Số 1, Tổ 4, Phường Hà Tu, Tỉnh Quảng Ninh\"\n"
                + "022175000111,100123456,Trần Thị Bình,1975-07-01,\"Tổ 2, Phường Hà Tu, Tỉnh Quảng Ninh\"\n"
                + "022080000222,,Lê Văn Cường,1980-01-01,\"Tổ 3, Phường Hà Tu, Tỉnh Quảng Ninh\"\n"
                + "022190000333,,Phạm Thị Dung,1990-05-05,\n");
        Path pairs = dir.resolve("pairs.csv");
        CliRun run = linkLandUsers(register, population, "", ",old_id=old_id", "vn-person", pairs);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("3 x 4 rows");
        assertThat(run.out()).contains("register.csv: 5 rows = 3 with a pair + 0 without (pairs_unmatched.csv)"
                + " + 2 rejected (pairs_rejected.csv)");
        assertThat(Files.readAllLines(dir.resolve("pairs_rejected.csv"))).containsExactly("\uFEFFfile,line,reason",
                "register.csv,5,the row has 3 fields; the header has 5",
                "register.csv,6,the row has 1 field; the header has 5");
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).isEqualTo("\uFEFFleft_id,right_id,match_probability,match_weight,family,middle,given,"
                + "birth,citizen_id,commune");
        // every left row with a name found its citizen (ids that are citizen IDs masked); unreadable cells are null
        // levels
        assertThat(lines).anyMatch(l -> l.startsWith("1,022*******34,") && l.endsWith(",same year,equal as written,"
                + "exact"));
        assertThat(lines).anyMatch(l -> l.startsWith("2,022*******11,") && l.endsWith(",null,null,exact"));
        assertThat(lines).anyMatch(l -> l.startsWith("3,022*******22,") && l.endsWith(",null,null,exact"));
        assertThat(lines).noneMatch(l -> l.startsWith("4,") || l.startsWith("5,"));
        // untrained, the preset's documented m and u already put the true citizen first
        assertThat(lines.get(1)).startsWith("1,022*******34,0.99");
    }

    @Test
    void aPresetComparesTheVillageWhenBothTablesMapAnAddress() throws Exception {
        Path register = dir.resolve("register.csv");
        Files.writeString(register, "row_no,user_name,birth_year,id_number,commune_code,address\n"
                + "1,Nguyễn Văn An,1962,,06652,\"Tổ 4, Khu 9, Phường Hà Tu\"\n");
        Path population = dir.resolve("population.csv");
        Files.writeString(population, "citizen_id,full_name,birth_date,address\n"
                + "022062001234,Nguyễn Văn An,1962-03-04,\"Số 1, Tổ 4, Khu 9, Phường Hà Tu, Tỉnh Quảng Ninh\"\n"
                + "022062005678,Nguyễn Văn An,1962-08-09,\"Tổ 1, Khu 2, Phường Hà Tu, Tỉnh Quảng Ninh\"\n");
        Path pairs = dir.resolve("pairs.csv");
        CliRun run = linkLandUsers(register, population, ",address=address", ",address=address",
                "vn-person-province", pairs);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(pairs);
        assertThat(lines.get(0)).endsWith(",commune,address");
        // the namesake in the land user's quarter and group takes the match
        assertThat(lines).anyMatch(l -> l.startsWith("1,022*******34,0.9") && l.endsWith(",same group and village"));
        assertThat(lines).anyMatch(l -> l.startsWith("1,022*******78,0.0") && l.endsWith(",else"));
    }

    /** {@code link} of a generated-style register against a population with a preset, one match per land user. */
    private static CliRun linkLandUsers(Path register, Path population, String moreLeft, String moreRight,
                                        String preset, Path pairs) throws Exception {
        return CliRun.of("link", "--left", register.toString(), "--right", population.toString(),
                "--left-columns", "id=row_no,full_name=user_name,birth=birth_year,citizen_id=id_number,"
                        + "commune=commune_code" + moreLeft,
                "--right-columns", "id=citizen_id,full_name=full_name,birth=birth_date,citizen_id=citizen_id,"
                        + "commune=address" + moreRight,
                "--preset", preset, "--one-match-per-left", "--min-probability", "0", "--out", pairs.toString());
    }

    @Test
    void anUnknownColumnInAMappingIsAUsageError() throws Exception {
        Path left = dir.resolve("l.csv");
        Files.writeString(left, "row_no,user_name\n1,Nguyễn Văn An\n");
        CliRun run = CliRun.of("link", "--left", left.toString(), "--left-columns", "id=row_no,full_name=ho_ten",
                "--preset", "vn-person", "--out", dir.resolve("p.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--left-columns").contains("no column 'ho_ten'");
    }
}
