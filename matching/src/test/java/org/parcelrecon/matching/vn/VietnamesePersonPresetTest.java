package org.parcelrecon.matching.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.Comparison;
import org.parcelrecon.matching.ComparisonLevel;
import org.parcelrecon.matching.Explanation;
import org.parcelrecon.matching.LinkageModel;
import org.parcelrecon.matching.Linker;
import org.parcelrecon.matching.ScoredPair;
import org.parcelrecon.matching.Table;
import org.parcelrecon.matching.TrainingOptions;
import org.parcelrecon.matching.decide.Decisions;
import org.parcelrecon.matching.eval.BlockingQuality;
import org.parcelrecon.matching.eval.Evaluation;
import org.parcelrecon.matching.eval.Metrics;
import org.parcelrecon.matching.eval.PairScore;

class VietnamesePersonPresetTest {
    private static VietnamesePeople data;
    private static Linker trained;

    @BeforeAll
    static void linkGeneratedProvince() {
        data = VietnamesePeople.generate(30_000, 12_000, 0.1, 11);
        Linker linker = Linker.link(VietnamesePersonPreset.linkModel(VietnamesePersonPreset.Columns.defaults()),
                data.register, data.population);
        trained = linker.withModel(linker.train(TrainingOptions.defaults()));
    }

    @Test
    void blockingKeepsTheTrueLinks() {
        BlockingQuality q = BlockingQuality.of(trained, data.truth);
        System.out.println("Vietnamese preset, generated: " + q);
        assertThat(q.pairsCompleteness()).isGreaterThan(0.995);
    }

    @Test
    void linksLandUsersToCitizensWithoutLabels() {
        List<ScoredPair> best = Decisions.bestPerLeft(trained.pairs(0.5));
        List<PairScore> predictions = new ArrayList<>();
        for (ScoredPair p : best) {
            predictions.add(PairScore.of(p));
        }
        Metrics m = Evaluation.evaluate(data.truth, predictions, 0.5);
        System.out.println("Vietnamese preset, generated, best match per land user: " + m);
        // About 4% of land users have neither birth date nor a usable ID: their name and commune often fit
        // several citizens, so some stay below 0.5. The floors are below the figures printed.
        assertThat(m.precision()).isGreaterThan(0.99);
        assertThat(m.recall()).isGreaterThan(0.94);
    }

    @Test
    void learnsThatTheGivenNameTellsPeopleApartBetterThanTheMiddleName() {
        LinkageModel model = trained.model();
        double given = model.comparison("given").orElseThrow().levels().get(1).matchWeight();
        double middle = model.comparison("middle").orElseThrow().levels().get(1).matchWeight();
        assertThat(given).isGreaterThan(middle + 1);
    }

    @Test
    void agreeingOnNguyenWeighsLessThanAgreeingOnARareFamilyName() {
        Table left = Table.builder("id", "full_name").addRow("a", "Nguyễn Văn An").addRow("b", "Quách Văn An").build();
        int nguyen = -1;
        int quach = -1;
        for (int row = 0; row < data.population.size() && (nguyen < 0 || quach < 0); row++) {
            String name = data.population.value(row, "full_name").orElse("");
            if (nguyen < 0 && name.startsWith("Nguyễn ")) {
                nguyen = row;
            }
            if (quach < 0 && name.startsWith("Quách ")) {
                quach = row;
            }
        }
        Linker linker = Linker.link(trained.model(), left, data.population);
        double nguyenWeight = linker.explain(linker.score(0, nguyen)).contributions().get(0).weight();
        double quachWeight = linker.explain(linker.score(1, quach)).contributions().get(0).weight();
        assertThat(quachWeight).isGreaterThan(nguyenWeight + 3);
    }

    @Test
    void explainsAPairInTermsAReviewerReads() {
        Table left = Table.builder("id", "full_name", "birth", "citizen_id", "commune")
                .addRow("L", "Ông NGUYEN VAN AN", "1971", "100123456", "xa Hai Hoa").build();
        Table right = Table.builder("id", "full_name", "birth", "citizen_id", "commune")
                .addRow("C", "Nguyễn Văn An", "24/06/1971", "022071012345", "Xã Hải Hòa").build();
        Linker linker = Linker.link(trained.model(), left, right);
        Explanation e = linker.explain(linker.score(0, 0));
        assertThat(e.contributions()).extracting(Explanation.Contribution::label).containsExactly(
                "exact without diacritics", "exact without diacritics", "exact", "same year",
                "CMND against CCCD", "exact");
        assertThat(e.toText()).doesNotContain("022071012345").doesNotContain("100123456");
    }

    @Test
    void badInputGivesNullLevelsAndKeepsEveryRow() {
        Table left = Table.builder("id", "full_name", "birth", "citizen_id", "commune")
                .addRow("L1", "Công ty TNHH Minh Phát", "không rõ", "2.21900E+10", "")
                .addRow("L2")
                .addRow("L3", "Hộ ông", "1990-02-30", "CCCD 0221", "xã")
                .build();
        Linker linker = Linker.link(trained.model(), left, data.population);
        for (int row = 0; row < left.size(); row++) {
            ScoredPair p = linker.score(row, 0);
            for (int c = 0; c < p.comparisonCount(); c++) {
                assertThat(linker.levelLabel(c, p.level(c))).as("row %d comparison %d", row, c).isEqualTo("null");
            }
        }
        assertThat(linker.pairs(0.0)).isEmpty();
    }

    @Test
    void dropsComparisonsForColumnsTheTablesLack() {
        LinkageModel m = VietnamesePersonPreset.linkModel(new VietnamesePersonPreset.Columns("ma", "ho_ten", "", "",
                ""));
        assertThat(m.comparisons()).extracting(Comparison::name).containsExactly("family", "middle", "given");
        assertThat(m.blockingRules()).hasSize(1);
        assertThat(VietnamesePersonPreset.dedupeModel(VietnamesePersonPreset.Columns.defaults()).blockingRules())
                .hasSize(9);
        assertThatIllegalArgumentException().isThrownBy(() -> new VietnamesePersonPreset.Columns("id", " ", "", "",
                ""));
        assertThat(VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset.Columns.defaults())
                .blockingRules()).extracting(org.parcelrecon.matching.BlockingRule::name)
                .contains("vn_family|fold(full_name) & vn_given|fold(full_name) & year(birth) & vn_commune(commune)")
                .doesNotContain("vn_family|fold(full_name) & vn_given|fold(full_name) & year(birth)");
    }

    @Test
    void comparesTheVillageOfTheAddressesWhenBothTablesHaveOne() {
        VietnamesePersonPreset.Columns columns = VietnamesePersonPreset.Columns.defaults().withAddress("address");
        LinkageModel model = VietnamesePersonPreset.linkModelForProvince(columns);
        assertThat(model.comparisons()).extracting(Comparison::name).endsWith("commune", "address");
        assertThat(model.comparison("address").orElseThrow().levels()).extracting(ComparisonLevel::label)
                .containsExactly("null", "same group and village", "same village", "else");
        assertThat(model.blockingRules()).extracting(org.parcelrecon.matching.BlockingRule::name).contains(
                "vn_family|fold(full_name) & vn_middle|fold(full_name) & vn_given|fold(full_name)"
                        + " & vn_commune(commune) & vn_hamlet(address)");
        assertThat(VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset.Columns.defaults())
                .comparison("address")).isEmpty();
    }

    @Test
    void theVillageTellsNamesakesOfOneCommuneApart() {
        // two citizens with one name and birth year in one commune; the land user gave no ID
        Table left = Table.builder("id", "full_name", "birth", "citizen_id", "commune", "address")
                .addRow("L", "Nguyễn Văn An", "1970", "", "Xã Hải Hòa", "Thôn Tây, Xã Hải Hòa").build();
        Table right = Table.builder("id", "full_name", "birth", "citizen_id", "commune", "address")
                .addRow("C1", "Nguyễn Văn An", "1970-03-02", "022070111111", "Xã Hải Hòa", "Thôn Đông, Xã Hải Hòa")
                .addRow("C2", "Nguyễn Văn An", "1970-11-20", "022070222222", "Xã Hải Hòa", "Thôn Tây, Xã Hải Hòa")
                .build();
        LinkageModel withVillage = VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset.Columns
                .defaults().withAddress("address")).withProbabilityTwoRandomRecordsMatch(0.5);
        List<ScoredPair> pairs = Linker.link(withVillage, left, right).withOneMatchPerLeft().pairs(0.0);
        assertThat(pairs).hasSize(2);
        ScoredPair east = pairs.stream().filter(p -> p.rightId().equals("C1")).findFirst().orElseThrow();
        ScoredPair west = pairs.stream().filter(p -> p.rightId().equals("C2")).findFirst().orElseThrow();
        assertThat(west.matchProbability()).isGreaterThan(0.9);
        assertThat(east.matchProbability()).isLessThan(0.1);
        // without addresses the two share the match
        List<ScoredPair> blind = Linker.link(VietnamesePersonPreset.linkModelForProvince(VietnamesePersonPreset
                .Columns.defaults()).withProbabilityTwoRandomRecordsMatch(0.5), left, right).withOneMatchPerLeft()
                .pairs(0.0);
        assertThat(blind).allSatisfy(p -> assertThat(p.matchProbability()).isLessThan(0.5));
    }

    @Test
    void takesTheCommuneCanonicalizerFromTheHost() {
        CommuneCanonicalizer merged = commune -> {
            String key = CommuneCanonicalizer.basic().canonicalize(commune);
            return key.equals("hai yen") ? "hai hoa" : key;
        };
        Table left = Table.builder("id", "full_name", "commune").addRow("L", "Lê Văn Tám", "Xã Hải Yên").build();
        Table right = Table.builder("id", "full_name", "commune").addRow("C", "Lê Văn Tám", "Xã Hải Hòa").build();
        LinkageModel model = VietnamesePersonPreset.linkModel(new VietnamesePersonPreset.Columns("id", "full_name", "",
                "", "commune"));
        Linker basic = Linker.link(model, left, right);
        Linker withCrosswalk = Linker.link(model, left, right, VietnamesePersonPreset.keyFunctions(merged));
        int commune = basic.comparisonNames().indexOf("commune");
        assertThat(basic.levelLabel(commune, basic.score(0, 0).level(commune))).isEqualTo("else");
        assertThat(withCrosswalk.levelLabel(commune, withCrosswalk.score(0, 0).level(commune)))
                .startsWith("exact");
    }

    @Test
    void printsTheTrainedWeights() {
        for (Comparison c : trained.model().comparisons()) {
            StringBuilder b = new StringBuilder(c.name());
            c.levels().stream().filter(l -> !l.isNull()).forEach(l -> b.append(String.format(Locale.ROOT,
                    "  [%s %.2f]", l.label(), l.matchWeight())));
            System.out.println(b);
        }
        assertThat(trained.model().probabilityTwoRandomRecordsMatch()).isBetween(1e-6, 1e-3);
    }

    @Test
    void aLandUserUnderAnOldCmndIsTheCitizenWhoHadIt() {
        // the register has the 9-digit CMND, typed with spaces; the population keeps it in old_id
        Table left = Table.builder("id", "full_name", "birth", "citizen_id", "commune")
                .addRow("L", "Nguyễn Văn Aan", "1962", "100 123 456", "Phường Hà Tu").build();
        Table right = Table.builder("id", "full_name", "birth", "citizen_id", "old_id", "commune")
                .addRow("had it", "Nguyễn Văn An", "1962-03-04", "022062001234", "100123456", "Phường Hà Tu")
                .addRow("namesake", "Nguyễn Văn An", "1962-07-01", "022062009999", "", "Phường Hà Tu")
                .addRow("other CMND", "Nguyễn Văn An", "1962-09-09", "022062005555", "100999999", "Phường Hà Tu")
                .build();
        LinkageModel model = VietnamesePersonPreset.linkModel(VietnamesePersonPreset.Columns.defaults()
                .withOldCitizenId("old_id")).withProbabilityTwoRandomRecordsMatch(1.0 / 3);
        Linker linker = Linker.link(model, left, right);
        int id = linker.comparisonNames().indexOf("citizen_id");
        ScoredPair hadIt = linker.score(0, 0);
        assertThat(linker.levelLabel(id, hadIt.level(id))).isEqualTo("equal to the old CMND");
        assertThat(linker.levelLabel(id, linker.score(0, 1).level(id))).isEqualTo("CMND against CCCD");
        assertThat(linker.levelLabel(id, linker.score(0, 2).level(id))).isEqualTo("CMND against CCCD");
        // the given name's typo breaks the name rules; the old-ID rule still pairs them
        assertThat(linker.isCandidate(0, 0)).isTrue();
        assertThat(hadIt.matchWeight()).isGreaterThan(linker.score(0, 1).matchWeight() + 15);
        assertThat(linker.withOneMatchPerLeft().pairs(0.5)).extracting(ScoredPair::rightId).containsExactly("had it");
    }

    @Test
    void withoutAnOldIdColumnThePresetHasNoOldIdLevelOrRule() {
        LinkageModel model = VietnamesePersonPreset.linkModel(VietnamesePersonPreset.Columns.defaults());
        assertThat(model.comparison("citizen_id").orElseThrow().levels()).extracting(ComparisonLevel::label)
                .doesNotContain("equal to the old CMND");
        assertThat(model.blockingRules()).extracting(org.parcelrecon.matching.BlockingRule::name)
                .noneMatch(name -> name.contains("old_id"));
    }

    @Test
    void untrainedDefaultsRankTheTrueCitizenAboveANamesake() {
        // every level carries documented m and u, so an untrained model already orders candidates
        Linker untrained = Linker.link(VietnamesePersonPreset.linkModel(VietnamesePersonPreset.Columns.defaults())
                .withProbabilityTwoRandomRecordsMatch(1.0 / data.population.size()), data.register, data.population);
        assertThat(untrained.model().comparisons()).allSatisfy(c -> assertThat(c.levels()).allSatisfy(l ->
                assertThat(l.isNull() || (l.m() > 0 && l.u() > 0)).isTrue()));
        int given = untrained.comparisonNames().indexOf("given");
        int family = untrained.comparisonNames().indexOf("family");
        java.util.Map<Integer, List<ScoredPair>> byLeft = new java.util.TreeMap<>();
        for (ScoredPair p : untrained.pairs(0)) {
            byLeft.computeIfAbsent(p.leftRow(), k -> new ArrayList<>()).add(p);
        }
        int contests = 0;
        int won = 0;
        for (List<ScoredPair> candidates : byLeft.values()) {
            ScoredPair truePair = null;
            for (ScoredPair p : candidates) {
                if (data.truth.contains(p.leftId(), p.rightId())) {
                    truePair = p;
                }
            }
            if (truePair == null) {
                continue;
            }
            for (ScoredPair p : candidates) {
                boolean namesake = p != truePair && untrained.levelLabel(given, p.level(given)).startsWith("exact")
                        && untrained.levelLabel(family, p.level(family)).startsWith("exact");
                if (namesake) {
                    contests++;
                    won += truePair.matchWeight() > p.matchWeight() ? 1 : 0;
                }
            }
        }
        System.out.printf(Locale.ROOT, "untrained preset: true citizen above a same-named one in %d of %d cases%n",
                won, contests);
        assertThat(contests).isGreaterThan(100);
        assertThat((double) won / contests).isGreaterThan(0.95);
        Metrics m = Evaluation.evaluate(data.truth, untrained.withOneMatchPerLeft().pairs(0.5).stream()
                .map(PairScore::of).collect(java.util.stream.Collectors.toList()), 0.5);
        System.out.println("untrained preset, one match per land user: " + m);
        assertThat(m.precision()).isGreaterThan(0.98);
        assertThat(m.recall()).isGreaterThan(0.85);
    }
}
