package org.parcelrecon.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.eval.ClusterEvaluation.ClusterMetrics;
import org.parcelrecon.matching.eval.ClusterEvaluation.RecordRef;

class ClusterEvaluationTest {
    private static RecordRef left(String id) {
        return new RecordRef("left", id);
    }

    @Test
    void scoresTheWorkedExampleOfItsJavadoc() {
        // truth {a, b, c}, {d}; predicted {a, b}, {c, d}
        Map<RecordRef, String> predicted = new LinkedHashMap<>();
        predicted.put(left("a"), "1");
        predicted.put(left("b"), "1");
        predicted.put(left("c"), "2");
        predicted.put(left("d"), "2");
        TruthPairs truth = TruthPairs.of(List.of(List.of("a", "b"), List.of("b", "c")), true);
        ClusterEvaluation.TrueClusters t = ClusterEvaluation.trueClusters(predicted.keySet(), truth, "left", "left");
        ClusterMetrics m = ClusterEvaluation.evaluate(predicted, t.clusterOf());
        assertThat(m.bcubedPrecision()).isCloseTo(0.75, within(1e-12));
        assertThat(m.bcubedRecall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, within(1e-12));
        assertThat(m.exactClusters()).isZero();
        assertThat(m.trueClusters()).isEqualTo(2);
        assertThat(m.largestTrue()).isEqualTo(3);
        // a~b, c~d predicted; a~b, a~c, b~c true (a~c through b)
        assertThat(m.pairs().truePositives()).isEqualTo(1);
        assertThat(m.pairs().falsePositives()).isEqualTo(1);
        assertThat(m.pairs().falseNegatives()).isEqualTo(2);
    }

    @Test
    void perfectClustersScoreOneAndCountEveryTrueClusterExact() {
        Map<RecordRef, Integer> predicted = Map.of(left("a"), 7, left("b"), 7, left("c"), 8);
        Map<RecordRef, String> truth = Map.of(left("a"), "x", left("b"), "x");
        ClusterMetrics m = ClusterEvaluation.evaluate(predicted, truth);
        assertThat(m.bcubedF1()).isEqualTo(1.0);
        assertThat(m.exactShare()).isEqualTo(1.0);
        assertThat(m.exactShareOfGroups()).isEqualTo(1.0);
        assertThat(m.predictedClusters()).isEqualTo(2);
    }

    @Test
    void inALinkOnlyPairsAcrossTheTwoTablesCountAndTruePairsNamingUnknownRecordsAreLeftOut() {
        // left u1, u2 (one land user on two parcels) and right c1 are one person
        Map<RecordRef, String> predicted = new LinkedHashMap<>();
        predicted.put(new RecordRef("left", "u1"), "1");
        predicted.put(new RecordRef("left", "u2"), "1");
        predicted.put(new RecordRef("right", "c1"), "1");
        TruthPairs truth = TruthPairs.of(List.of(List.of("u1", "c1"), List.of("u2", "c1"), List.of("u9", "c1")),
                false);
        ClusterEvaluation.TrueClusters t = ClusterEvaluation.trueClusters(predicted.keySet(), truth, "left", "right");
        assertThat(t.pairsLeftOut()).isEqualTo(1);
        ClusterMetrics m = ClusterEvaluation.evaluate(predicted, t.clusterOf());
        // u1~c1 and u2~c1; u1~u2 is not a pair of a link
        assertThat(m.pairs().truePositives()).isEqualTo(2);
        assertThat(m.pairs().falsePositives()).isZero();
        assertThat(m.bcubedF1()).isEqualTo(1.0);
    }
}
