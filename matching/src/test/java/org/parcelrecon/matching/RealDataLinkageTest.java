package org.parcelrecon.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.eval.BlockingQuality;
import org.parcelrecon.matching.eval.Evaluation;
import org.parcelrecon.matching.eval.Metrics;
import org.parcelrecon.matching.eval.PairScore;
import org.parcelrecon.matching.eval.TruthPairs;
import org.parcelrecon.matching.io.TableCsv;
import org.parcelrecon.matching.io.TruthCsv;
import org.parcelrecon.core.testdata.SharedData;

/**
 * Unsupervised linkage of the public benchmark data in {@code shared/data/linkage} (see its SOURCES.md), with the
 * models in this package's test resources: FEBRL datasets 1-3 (deduplication, truth from the record ids) and
 * Splink's fake_1000 (deduplication, truth from fake_1000_labels.csv, which belongs to
 * fake_1000_splink_datasets.csv). No labels are used for training. Skipped when the data is absent. The figures
 * are printed; the floors asserted are well below them, to catch regressions, not to tune to this data.
 */
class RealDataLinkageTest {

    private static LinkageModel model(String resource) throws IOException {
        try (InputStream in = RealDataLinkageTest.class.getResourceAsStream(resource)) {
            return LinkageModel.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @CsvSource({"dataset1.csv, 500", "dataset2.csv, 1934", "dataset3.csv, 6538"})
    void deduplicatesFebrl(String file, int truePairs) throws IOException {
        Table table = TableCsv.read(SharedData.require("linkage/febrl/" + file));
        // rec-N-org and rec-N-dup-K are the same person.
        Map<String, List<String>> people = new LinkedHashMap<>();
        for (int row = 0; row < table.size(); row++) {
            String id = table.value(row, "rec_id").orElseThrow();
            people.computeIfAbsent(id.split("-")[1], k -> new ArrayList<>()).add(id);
        }
        List<List<String>> pairs = new ArrayList<>();
        for (List<String> ids : people.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(List.of(ids.get(i), ids.get(j)));
                }
            }
        }
        TruthPairs truth = TruthPairs.of(pairs, true);
        assertThat(truth.size()).isEqualTo(truePairs);
        Result r = run("FEBRL " + file, model("febrl_model.json"), table, truth);
        assertThat(r.blocking.pairsCompleteness()).isGreaterThan(0.99);
        assertThat(r.atHalf.precision()).isGreaterThan(0.99);
        assertThat(r.atHalf.recall()).isGreaterThan(0.98);
    }

    @Test
    void deduplicatesSplinkFake1000AgainstItsLabels() throws IOException {
        Table table = TableCsv.read(SharedData.require("linkage/splink/fake_1000_splink_datasets.csv"));
        TruthPairs truth = TruthCsv.read(SharedData.require("linkage/splink/fake_1000_labels.csv"), true);
        Result r = run("Splink fake_1000", model("fake_1000_model.json"), table, truth);
        assertThat(r.blocking.pairsCompleteness()).isGreaterThan(0.88);
        assertThat(r.atHalf.precision()).isGreaterThan(0.97);
        assertThat(Evaluation.bestF1(r.curve).f1()).isGreaterThan(0.85);
    }

    private record Result(BlockingQuality blocking, Metrics atHalf, List<Metrics> curve) {
    }

    private static Result run(String name, LinkageModel model, Table table, TruthPairs truth) {
        Linker linker = Linker.dedupe(model, table);
        BlockingQuality blocking = BlockingQuality.of(linker, truth);
        Linker trained = linker.withModel(linker.train(TrainingOptions.defaults()));
        List<PairScore> predictions = new ArrayList<>();
        for (ScoredPair p : trained.pairs(0.001)) {
            predictions.add(PairScore.of(p));
        }
        List<Metrics> curve = Evaluation.curve(truth, predictions);
        Metrics atHalf = Evaluation.evaluate(truth, predictions, 0.5);
        System.out.printf(Locale.ROOT, "%s: %s%n  at 0.5: %s%n  best F1: %s%n", name, blocking, atHalf,
                Evaluation.bestF1(curve));
        return new Result(blocking, atHalf, curve);
    }
}
