package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkerTest {

    /** One comparison per kind of level, on columns a (text), d (dates), n (numbers), i (citizen IDs). */
    private static LinkageModel levelsModel() {
        return LinkageModel.builder().idColumn("id")
                .comparison(Comparison.of("text", "a", "",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact(),
                        ComparisonLevel.exact("fold"),
                        ComparisonLevel.jaroWinkler(0.9).withFunction("fold"),
                        ComparisonLevel.levenshtein(2).withFunction("fold"),
                        ComparisonLevel.jaro(0.6).withFunction("fold"),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("date", "d", "date",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact(),
                        ComparisonLevel.dayMonthSwapped(),
                        ComparisonLevel.dateWithinDays(31),
                        ComparisonLevel.exact("year"),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("number", "n", "",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact(),
                        ComparisonLevel.numericWithin(1),
                        ComparisonLevel.otherwise()))
                .comparison(Comparison.of("id", "i", "citizen_id",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact("identity"),
                        ComparisonLevel.exact(),
                        ComparisonLevel.levenshtein(1),
                        ComparisonLevel.cmndVsCccd(),
                        ComparisonLevel.otherwise()))
                .build();
    }

    private static String levelOf(String comparison, String column, String left, String right) {
        Table l = Table.builder("id", column).addRow("L", left).build();
        Table r = Table.builder("id", column).addRow("R", right).build();
        Linker linker = Linker.link(levelsModel(), l, r);
        int c = linker.comparisonNames().indexOf(comparison);
        return linker.levelLabel(c, linker.score(0, 0).level(c));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // text: missing, exact, exact after folding, fuzzy, else
        "text; a; ''; Hương; null",
        "text; a; Hương; Hương; exact",
        "text; a; Hương; HUONG; exact (fold)",
        "text; a; Nguyễn; Nguyen; exact (fold)",
        "text; a; Nguyễn; Nguyenn; jaro_winkler >= 0.9 (fold)",
        "text; a; abcdef; xbcdey; levenshtein <= 2 (fold)",
        "text; a; Hùng; Hưng; exact (fold)",
        "text; a; Thanh; Hạnh Thơ; jaro >= 0.6 (fold)",
        "text; a; An; Bình; else",
        // dates: unreadable gives null, swapped day and month, within a month, same year
        "date; d; 1971-06-24; 24/06/1971; exact",
        "date; d; 1971-06-04; 1971-04-06; day_month_swapped",
        "date; d; 1971-06-24; 1971-07-10; within 31 days",
        "date; d; 1971-06-24; 1971; exact (year)",
        "date; d; 1971-06-24; 1972-06-24; else",
        "date; d; 1990-02-30; 1990-02-28; null",
        "date; d; không rõ; 1990-02-28; null",
        // numbers
        "number; n; 1971; 1971; exact",
        "number; n; 1971; 1972; within 1",
        "number; n; 1971; 1969; else",
        "number; n; 1971; năm 1971; else",
        // citizen IDs: equal as written, equal after repair, one typo, CMND against CCCD, unreadable
        "id; i; 022190012345; 022190012345; exact (identity)",
        "id; i; 022190012345; 022 190 012 345; exact",
        "id; i; 022190012345; 22190012345; exact",
        "id; i; 022190012345; 022190012346; levenshtein <= 1",
        "id; i; 022190012345; 100123456; cmnd_vs_cccd",
        "id; i; 022190012345; 2.21900E+10; null",
        "id; i; 022190012345; 001205000123; else",
    })
    void givesTheFirstLevelThatHolds(String comparison, String column, String left, String right, String level) {
        assertThat(levelOf(comparison, column, left, right)).isEqualTo(level);
        assertThat(levelOf(comparison, column, right, left)).isEqualTo(level);
    }

    @Test
    void badRowsGiveNullLevelsAndAreNeverLost() {
        Table left = Table.builder("id", "a", "d", "n", "i")
                .addRow("L1", "Nguyễn Văn An", "1971-06-24", "5", "022190012345")
                .addRow("L2")
                .addRow("L3", "", "32/13/1990", "x", "CCCD 0221")
                .addRow("L4", "Trần", "1971", "5", "2.21900E+10", "extra", "cells")
                .build();
        Table right = Table.builder("id", "a", "d", "i")
                .addRow("R1", "Nguyen Van An", "24/06/1971", "022 190 012 345")
                .addRow()
                .build();
        Linker linker = Linker.link(levelsModel(), left, right);
        List<ScoredPair> pairs = linker.pairs(0.0);
        assertThat(pairs).hasSize(8);
        assertThat(pairs.stream().map(p -> p.leftId() + "~" + p.rightId()).collect(Collectors.toList()))
                .containsExactly("L1~R1", "L1~row:2", "L2~R1", "L2~row:2", "L3~R1", "L3~row:2", "L4~R1", "L4~row:2");
        ScoredPair l2 = pairs.get(2);
        for (int c = 0; c < l2.comparisonCount(); c++) {
            assertThat(linker.levelLabel(c, l2.level(c))).isEqualTo("null");
        }
        // The right table has no column n: the number comparison is null for every pair.
        assertThat(pairs).allSatisfy(p -> assertThat(p.level(2)).isZero());
        assertThat(pairs).allSatisfy(p -> assertThat(p.matchProbability()).isBetween(0.0, 1.0));
    }

    @Test
    void explanationsAddUpToTheWeight() {
        Table left = Table.builder("id", "a", "d", "i").addRow("L", "Nguyễn Văn An", "1971-06-04", "022190012345")
                .build();
        Table right = Table.builder("id", "a", "d", "i").addRow("R", "Nguyen Van An", "1971-04-06", "")
                .build();
        Linker linker = Linker.link(levelsModel(), left, right);
        ScoredPair pair = linker.score(0, 0);
        Explanation e = linker.explain(pair);
        double sum = e.priorWeight() + e.contributions().stream().mapToDouble(Explanation.Contribution::weight).sum();
        assertThat(sum).isCloseTo(pair.matchWeight(), within(1e-9));
        assertThat(e.contributions()).extracting(Explanation.Contribution::label)
                .containsExactly("exact (fold)", "day_month_swapped", "null", "null");
        assertThat(e.contributions().get(1).leftValue()).isEqualTo("1971-06-04");
        assertThat(e.toText()).contains("day_month_swapped").doesNotContain("022190012345");
    }

    @Test
    void termFrequencyMakesAgreeingOnARareNameWeighMore() {
        Table.Builder b = Table.builder("id", "family");
        for (int i = 0; i < 380; i++) {
            b.addRow("n" + i, "Nguyễn");
        }
        for (int i = 0; i < 610; i++) {
            b.addRow("o" + i, "Họ" + (i % 61));
        }
        b.addRow("q1", "Quách").addRow("q2", "Quách");
        Table t = b.build();
        LinkageModel model = LinkageModel.builder().dedupe().blockOn(KeyRef.of("family", "fold"))
                .comparison(Comparison.of("family", "family", "fold", ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact().withTermFrequency(1.0).withM(0.9, false).withU(0.15, false),
                        ComparisonLevel.otherwise()))
                .build();
        Linker linker = Linker.dedupe(model, t);
        ScoredPair nguyen = linker.score(0, 1);
        ScoredPair quach = linker.score(990, 991);
        assertThat(quach.matchWeight()).isGreaterThan(nguyen.matchWeight() + 7);
        // a = 1: the weight is log2(m / frequency).
        Explanation e = linker.explain(nguyen);
        assertThat(e.contributions().get(0).weight()).isCloseTo(Math.log(0.9 / (380.0 / 992)) / Math.log(2),
                within(1e-9));
        assertThat(e.contributions().get(0).termFrequencyWeight()).isNegative();
    }

    @Test
    void streamGivesThePairsInTheSameOrder() {
        Table t = randomTable(400, 5, 7);
        LinkageModel model = blockedModel(LinkType.DEDUPE);
        Linker linker = Linker.dedupe(model, t);
        assertThat(linker.stream(0.0).collect(Collectors.toList())).isEqualTo(linker.pairs(0.0));
        List<Integer> progress = new ArrayList<>();
        assertThat(linker.stream(0.0, progress::add).count()).isEqualTo(linker.pairs(0.0).size());
        assertThat(progress).isNotEmpty().isSorted().endsWith(400);
        assertThat(linker.candidatePairCount()).isEqualTo(linker.pairs(0.0).size());
        assertThat(linker.pairs(0.5)).allSatisfy(p -> assertThat(p.matchProbability()).isGreaterThanOrEqualTo(0.5));
    }

    @Property(tries = 40)
    void candidatesAreTheUnionOfTheRulesEachPairOnce(@ForAll @IntRange(min = 0, max = 60) int leftRows,
                                                      @ForAll @IntRange(min = 0, max = 60) int rightRows,
                                                      @ForAll @IntRange(min = 1, max = 6) int alphabet,
                                                      @ForAll long seed) {
        Table left = randomTable(leftRows, alphabet, seed);
        Table right = randomTable(rightRows, alphabet, seed + 1);
        checkUnion(Linker.link(blockedModel(LinkType.LINK), left, right), left, right, false);
        checkUnion(Linker.dedupe(blockedModel(LinkType.DEDUPE), left), left, left, true);
    }

    private static void checkUnion(Linker linker, Table left, Table right, boolean dedupe) {
        List<ScoredPair> pairs = linker.pairs(0.0);
        Set<Long> seen = new HashSet<>();
        for (ScoredPair p : pairs) {
            assertThat(seen.add((long) p.leftRow() << 32 | p.rightRow())).as("pair %s once", p).isTrue();
            if (dedupe) {
                assertThat(p.leftRow()).isLessThan(p.rightRow());
            }
        }
        Set<Long> expected = new HashSet<>();
        for (int l = 0; l < left.size(); l++) {
            for (int r = dedupe ? l + 1 : 0; r < right.size(); r++) {
                boolean x = same(left, l, right, r, "x");
                boolean yz = same(left, l, right, r, "y") && same(left, l, right, r, "z");
                if (x || yz) {
                    expected.add((long) l << 32 | r);
                }
                assertThat(linker.isCandidate(l, r)).isEqualTo(x || yz);
            }
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void oneMatchPerLeftTakesTheOddsOfNoMatchFromTheTrainedShareOfLeftRecordsWithoutOne() {
        // one comparison; a left record with one candidate of weight w scores 2^w / (κ + 2^w)
        Table left = Table.builder("id", "x").addRow("L", "a").build();
        Table.Builder rb = Table.builder("id", "x").addRow("R0", "a");
        for (int i = 1; i < 100; i++) {
            rb.addRow("R" + i, "z" + i);
        }
        Table right = rb.build();
        LinkageModel model = new LinkageModel(LinkType.LINK, "id", 0.001, List.of(BlockingRule.on(KeyRef.of("x"))),
                List.of(Comparison.of("x", "x", "", ComparisonLevel.exact().withM(0.9, false).withU(0.01, false),
                        ComparisonLevel.otherwise().withM(0.1, false).withU(0.99, false))));
        double odds = 0.001 / 0.999 * 90;
        double unset = Linker.link(model, left, right).withOneMatchPerLeft().pairs(0.0).get(0).matchProbability();
        assertThat(unset).isCloseTo(odds / (1 + odds), within(1e-12));
        double q = 0.02;
        double kappa = q / (1 - q) * 100 * 0.001 / 0.999;
        ScoredPair p = Linker.link(model.withProbabilityMatchNotAmongCandidates(q), left, right).withOneMatchPerLeft()
                .pairs(0.0).get(0);
        assertThat(p.matchProbability()).isCloseTo(odds / (kappa + odds), within(1e-12));
        assertThat(p.matchProbability()).isGreaterThan(0.95).isGreaterThan(unset);
        // scored as independent pairs the share is not used
        assertThat(Linker.link(model.withProbabilityMatchNotAmongCandidates(q), left, right).pairs(0.0).get(0)
                .matchProbability()).isCloseTo(unset, within(1e-12));
    }

    private static boolean same(Table a, int l, Table b, int r, String column) {
        return a.value(l, column).isPresent() && a.value(l, column).equals(b.value(r, column));
    }

    private static LinkageModel blockedModel(LinkType type) {
        return new LinkageModel(type, "id", 0.01, List.of(BlockingRule.on(KeyRef.of("x")),
                BlockingRule.on(KeyRef.of("y"), KeyRef.of("z"))), List.of(Comparison.of("x", "x", "",
                ComparisonLevel.nullLevel(), ComparisonLevel.exact(), ComparisonLevel.otherwise()),
                Comparison.of("y", "y", "", ComparisonLevel.exact(), ComparisonLevel.otherwise())));
    }

    private static Table randomTable(int rows, int alphabet, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        Table.Builder b = Table.builder("id", "x", "y", "z");
        for (int i = 0; i < rows; i++) {
            List<String> row = new ArrayList<>();
            row.add("r" + i);
            for (int c = 0; c < 3; c++) {
                int v = random.nextInt(alphabet + 1);
                row.add(v == alphabet ? "" : Character.toString('a' + v));
            }
            b.addRow(row);
        }
        return b.build();
    }

    @Test
    void refusesCallerMistakes() {
        Table t = Table.builder("id", "x").addRow("1", "a").build();
        LinkageModel link = LinkageModel.builder().comparison(Comparison.of("x", "x", "", ComparisonLevel.exact(),
                ComparisonLevel.otherwise())).build();
        assertThatIllegalArgumentException().isThrownBy(() -> Linker.dedupe(link, t))
                .withMessageContaining("Linker.link");
        assertThatIllegalArgumentException().isThrownBy(() -> Linker.link(link.withLinkType(LinkType.DEDUPE), t, t))
                .withMessageContaining("Linker.dedupe");
        LinkageModel unknown = LinkageModel.builder().comparison(Comparison.of("x", "x", "soundex",
                ComparisonLevel.exact(), ComparisonLevel.otherwise())).build();
        assertThatIllegalArgumentException().isThrownBy(() -> Linker.link(unknown, t, t))
                .withMessageContaining("unknown key function 'soundex'");
        assertThatIllegalArgumentException().isThrownBy(() -> Linker.link(link, t, t).pairs(1.5));
    }

    @Test
    void withModelKeepsKeysWhenOnlyParametersChange() {
        Table t = randomTable(50, 3, 1);
        Linker linker = Linker.dedupe(blockedModel(LinkType.DEDUPE), t);
        LinkageModel other = linker.model().withProbabilityTwoRandomRecordsMatch(0.5);
        Linker again = linker.withModel(other);
        assertThat(again.model()).isEqualTo(other);
        assertThat(again.pairs(0.0)).hasSameSizeAs(linker.pairs(0.0));
        assertThat(again.pairs(0.0).get(0).matchWeight()).isGreaterThan(linker.pairs(0.0).get(0).matchWeight());
    }

    @Test
    void aRuleAndALevelCanReadAnotherColumnOfTheRightTable() {
        // a land user under an old CMND number; the population keeps it in old_id beside the CCCD
        LinkageModel model = LinkageModel.builder().idColumn("id")
                .blockingRule(BlockingRule.on(KeyRef.of("citizen_id", "citizen_id")))
                .blockingRule(BlockingRule.on(KeyRef.across("citizen_id", "old_id", "citizen_id")))
                .comparison(Comparison.of("citizen_id", "citizen_id", "citizen_id",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact(),
                        ComparisonLevel.exact().withRightColumn("old_id").withLabel("old CMND"),
                        ComparisonLevel.otherwise()))
                .build();
        Table left = Table.builder("id", "citizen_id").addRow("u1", "100 123 456").addRow("u2", "022062001234")
                .addRow("u3", "not an id").build();
        Table right = Table.builder("id", "citizen_id", "old_id").addRow("c1", "022062001234", "100123456")
                .addRow("c2", "022070000001", "").build();
        Linker linker = Linker.link(model, left, right);
        List<String> pairs = linker.pairs(0).stream().map(p -> p.leftId() + "~" + p.rightId() + " "
                + linker.levelLabel(0, p.level(0))).collect(Collectors.toList());
        assertThat(pairs).containsExactly("u1~c1 old CMND", "u2~c1 exact");
        assertThat(linker.levelLabel(0, linker.score(0, 1).level(0))).isEqualTo("else");
        assertThat(linker.levelLabel(0, linker.score(2, 0).level(0))).isEqualTo("null");
        assertThat(model.blockingRules().get(1).name()).isEqualTo("citizen_id(citizen_id~old_id)");
        assertThat(LinkageModel.fromJson(model.toJson())).isEqualTo(model);
        assertThat(model.toJson()).contains("\"right_column\" : \"old_id\"");
    }

    @Test
    void oneMatchPerLeftSharesTheProbabilityAmongNamesakes() {
        LinkageModel model = LinkageModel.builder().idColumn("id").probabilityTwoRandomRecordsMatch(0.01)
                .blockingRule(BlockingRule.on(KeyRef.of("name", "fold")))
                .comparison(Comparison.of("name", "name", "fold",
                        ComparisonLevel.nullLevel(),
                        ComparisonLevel.exact().withM(0.9, true).withU(0.001, true),
                        ComparisonLevel.otherwise().withM(0.1, true).withU(0.999, true)))
                .build();
        Table left = Table.builder("id", "name").addRow("u", "Lê Văn Tám").build();
        Table right = Table.builder("id", "name").addRow("a", "Le Van Tam").addRow("b", "LÊ VĂN TÁM").build();
        Linker independent = Linker.link(model, left, right);
        Linker exclusive = independent.withOneMatchPerLeft();
        // each alone: odds 0.01/0.99 * 900 = 9.09, p = 0.901; together: 9.09 / (1 + 2 * 9.09) = 0.474
        assertThat(independent.pairs(0)).allSatisfy(p -> assertThat(p.matchProbability()).isCloseTo(0.901,
                within(1e-3)));
        assertThat(exclusive.pairs(0)).hasSize(2).allSatisfy(p -> assertThat(p.matchProbability()).isCloseTo(0.474,
                within(1e-3)));
        assertThat(exclusive.pairs(0.5)).isEmpty();
        assertThat(exclusive.withModel(model).oneMatchPerLeft()).isTrue();
    }
}
