package org.parcelrecon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parcelrecon.core.testdata.SharedData;

/** {@code link --cluster}, {@code evaluate --clusters}, {@code link --count-pairs}, {@code link --explain}. */
class LinkClustersExplainAndCountsTest {
    private static final Pattern LARGEST = Pattern.compile("largest (\\d+) records");

    @TempDir
    Path dir;

    private static int largest(String out) {
        Matcher m = LARGEST.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void averageLinkageClustersSplinksFake1000WithoutChainingAndEvaluateScoresTheClusters() throws Exception {
        Path data = SharedData.require("linkage/splink");
        Path model = Path.of("../matching/src/test/resources/org/parcelrecon/matching/fake_1000_model.json");
        Path labels = data.resolve("fake_1000_labels.csv");
        int[] largest = new int[2];
        String[] evaluations = new String[2];
        List<String> methods = List.of("components", "average");
        for (int i = 0; i < 2; i++) {
            Path pairs = dir.resolve(methods.get(i) + ".csv");
            CliRun link = CliRun.of("link", "--left", data.resolve("fake_1000_splink_datasets.csv").toString(),
                    "--settings", model.toString(), "--train", "--cluster", "0.5", "--cluster-method", methods.get(i),
                    "--out", pairs.toString());
            assertThat(link.exitCode()).as(link.err()).isZero();
            largest[i] = largest(link.out());
            List<String> rows = Files.readAllLines(dir.resolve(methods.get(i) + "_clusters.csv"));
            assertThat(rows.get(0)).isEqualTo("\uFEFFtable,id,cluster_id,cluster_size");
            assertThat(rows).hasSize(1001);
            assertThat(rows.get(1)).startsWith("left,0,1,");
            CliRun eval = CliRun.of("evaluate", "--truth", labels.toString(), "--clusters",
                    dir.resolve(methods.get(i) + "_clusters.csv").toString(), "--unordered");
            assertThat(eval.exitCode()).as(eval.err()).isZero();
            evaluations[i] = eval.out();
        }
        // true clusters hold at most 7 records; connected components chain past that, average linkage does not
        assertThat(largest[0]).isGreaterThan(7);
        assertThat(largest[1]).isLessThanOrEqualTo(7);
        assertThat(evaluations[0]).contains("the truth has 251 (largest 7)").contains("B-cubed precision 0.9");
        assertThat(evaluations[1]).contains("B-cubed precision 1.0000").contains("true clusters reproduced exactly: ")
                .contains("pairs within clusters: precision 1.0000");
    }

    @Test
    void clusterBelowMinProbabilityAndAMissingOutAreUsageErrors() throws Exception {
        Path left = Files.writeString(dir.resolve("l.csv"), "id,full_name\n1,Nguyễn Văn An\n");
        CliRun low = CliRun.of("link", "--left", left.toString(), "--preset", "vn-person", "--cluster", "0.001",
                "--out", dir.resolve("p.csv").toString());
        assertThat(low.exitCode()).isEqualTo(2);
        assertThat(low.err()).contains("--cluster 0.001 is below --min-probability 0.01");
        CliRun noOut = CliRun.of("link", "--left", left.toString(), "--preset", "vn-person");
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err()).contains("--out");
        CliRun method = CliRun.of("link", "--left", left.toString(), "--preset", "vn-person", "--cluster", "0.5",
                "--cluster-method", "single", "--out", dir.resolve("p.csv").toString());
        assertThat(method.exitCode()).isEqualTo(2);
        assertThat(method.err()).contains("--cluster-method 'single'");
    }

    @Test
    void countPairsGivesEachRulesPairsAloneAndAddedToTheRulesAboveWithoutWritingAFile() throws Exception {
        Path people = Files.writeString(dir.resolve("people.csv"), "id,first,family\n"
                + "1,an,tran\n2,an,tran\n3,an,le\n4,binh,tran\n5,chi,\n");
        Path model = Files.writeString(dir.resolve("model.json"), """
                {"link_type": "dedupe", "unique_id_column": "id",
                 "blocking_rules": [{"keys": [{"column": "first"}]}, {"keys": [{"column": "family"}]}],
                 "comparisons": [{"name": "first", "column": "first", "levels": [
                   {"type": "null"}, {"type": "exact"}, {"type": "else"}]}]}
                """);
        CliRun run = CliRun.of("link", "--left", people.toString(), "--settings", model.toString(), "--count-pairs");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // first: an x3 = 3 pairs; family: tran x3 = 3 pairs, of which 1~2 is already made: 2 new, 5 in all
        assertThat(run.out()).contains("deduplicating: 5 x 5 records, 10 possible pairs");
        assertThat(run.out().lines().filter(l -> l.matches("\\s+\\d+ .*")).map(l -> l.trim().split("\\s+"))
                .map(cells -> String.join(" ", cells))).containsExactly("1 3 3 3 3 first", "2 3 2 5 3 family");
        assertThat(run.out()).contains("5 candidate pairs (50.00% of the possible pairs)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("people.csv",
                    "model.json");
        }
    }

    @Test
    void explainPrintsEachComparisonsLevelMuAndWeightWithCitizenIdsMaskedUnlessAsked() throws Exception {
        Path users = Files.writeString(dir.resolve("users.csv"), "id,full_name,birth,citizen_id,commune\n"
                + "u1,Nguyễn Văn An,1962,022062001234,Hà Tu\n");
        Path citizens = Files.writeString(dir.resolve("citizens.csv"), "id,full_name,birth,citizen_id,commune\n"
                + "022062001234,Nguyễn Văn An,1962-03-04,022062001234,Phường Hà Tu\n"
                + "022080000222,Lê Văn Cường,1980-01-01,022080000222,Phường Hà Tu\n");
        CliRun run = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--explain", "u1", "022062001234");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("u1 ~ 022*******34: match probability ")
                .contains("comparison", "level", "m", "u", "weight")
                .containsPattern("citizen_id +\\S.* 022\\*{7}34 +022\\*{7}34 ")
                .containsPattern("given +\\S.* an +an +[0-9.e-]+ +[0-9.e-]+ +\\+[0-9.]+")
                .doesNotContain("022062001234");
        assertThat(run.out()).doesNotContain("not a candidate");

        CliRun shown = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--explain", "u1", "022062001234", "--show-ids");
        assertThat(shown.out()).startsWith("u1 ~ 022062001234: ").contains("022062001234  ");

        CliRun other = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--explain", "u1", "022080000222");
        assertThat(other.exitCode()).as(other.err()).isZero();
        assertThat(other.out()).contains("not a candidate pair");

        CliRun unknown = CliRun.of("link", "--left", users.toString(), "--right", citizens.toString(),
                "--preset", "vn-person", "--explain", "u1", "022099999999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no record with id '022*******99' in the right table")
                .doesNotContain("022099999999");
    }

    @Test
    void trainingWarnsAboutAColumnThatCopiesAnotherNamingBothAndTheFigure() throws Exception {
        // city_copy repeats city, as a fake postcode follows the birth place
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder csv = new StringBuilder("id,first,family,year,city,city_copy\n");
        for (int p = 0; p < 1500; p++) {
            String first = "f" + random.nextInt(200);
            String family = "g" + random.nextInt(150);
            int year = 1940 + random.nextInt(60);
            String city = "c" + random.nextInt(40);
            for (int k = 0; k < (p % 3 == 0 ? 2 : 1); k++) {
                String c = k > 0 && random.nextDouble() < 0.2 ? "c" + random.nextInt(40) : city;
                csv.append(p).append('-').append(k).append(',').append(first).append(',').append(family).append(',')
                        .append(year).append(',').append(c).append(',').append(c).append('\n');
            }
        }
        Path people = Files.writeString(dir.resolve("people.csv"), csv);
        StringBuilder comparisons = new StringBuilder();
        for (String column : List.of("first", "family", "year", "city", "city_copy")) {
            comparisons.append(comparisons.length() == 0 ? "" : ",").append("{\"name\": \"").append(column)
                    .append("\", \"column\": \"").append(column).append("\", \"levels\": [{\"type\": \"null\"},"
                            + " {\"type\": \"exact\"}, {\"type\": \"else\"}]}");
        }
        Path model = Files.writeString(dir.resolve("model.json"), "{\"link_type\": \"dedupe\", \"unique_id_column\":"
                + " \"id\", \"blocking_rules\": [{\"keys\": [{\"column\": \"first\"}]}, {\"keys\": [{\"column\":"
                + " \"family\"}]}], \"comparisons\": [" + comparisons + "]}");
        CliRun run = CliRun.of("link", "--left", people.toString(), "--settings", model.toString(), "--train",
                "--out", dir.resolve("pairs.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.startsWith("parcelrecon: warning: comparisons"))).singleElement()
                .asString().contains("'city' and 'city_copy'").containsPattern("phi 1\\.00 among non-matching pairs")
                .contains("drop one, or combine them into one comparison");
    }
}
