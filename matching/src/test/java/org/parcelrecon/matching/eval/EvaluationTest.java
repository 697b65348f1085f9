package org.parcelrecon.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EvaluationTest {
    private static final TruthPairs TRUTH = TruthPairs.of(List.of(List.of("0", "1"), List.of("0", "2"),
            List.of("1", "2")), true);
    private static final List<PairScore> PREDICTED = List.of(new PairScore("0", "1", 0.99),
            new PairScore("2", "1", 0.7), new PairScore("2", "3", 0.6));

    @Test
    void followsTheWorkedExample() {
        Metrics half = Evaluation.evaluate(TRUTH, PREDICTED, 0.5);
        assertThat(half.truePositives()).isEqualTo(2);
        assertThat(half.falsePositives()).isEqualTo(1);
        assertThat(half.falseNegatives()).isEqualTo(1);
        assertThat(half.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(half.recall()).isCloseTo(2.0 / 3, within(1e-12));
        Metrics high = Evaluation.evaluate(TRUTH, PREDICTED, 0.9);
        assertThat(high.precision()).isEqualTo(1.0);
        assertThat(high.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(high.f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void countsARepeatedPairOnceWithItsBestScore() {
        List<PairScore> twice = List.of(new PairScore("0", "1", 0.2), new PairScore("1", "0", 0.95),
                new PairScore("3", "3", 0.99));
        Metrics m = Evaluation.evaluate(TRUTH, twice, 0.9);
        assertThat(m.truePositives()).isEqualTo(1);
        assertThat(m.falsePositives()).isZero();
    }

    @Test
    void definesEmptyRatiosAsZero() {
        Metrics none = Evaluation.evaluate(TRUTH, List.of(), 0.5);
        assertThat(none.precision()).isZero();
        assertThat(none.recall()).isZero();
        assertThat(none.f1()).isZero();
        assertThat(none.toString()).contains("precision 0.0000", "FN 3");
    }

    @Test
    void givesACurveInTheOrderOfTheThresholds() {
        List<Metrics> curve = Evaluation.curve(TRUTH, PREDICTED);
        assertThat(curve).extracting(Metrics::threshold).containsExactlyElementsOf(Evaluation.DEFAULT_THRESHOLDS);
        assertThat(Evaluation.bestF1(curve).threshold()).isEqualTo(0.7);
        assertThatIllegalArgumentException().isThrownBy(() -> Evaluation.curve(TRUTH, PREDICTED, List.of(2.0)));
    }

    @Property(tries = 200)
    void recallNeverRisesWithTheThreshold(@ForAll @IntRange(min = 0, max = 50) int n, @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<PairScore> p = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.add(new PairScore(Integer.toString(random.nextInt(5)), Integer.toString(random.nextInt(5)),
                    random.nextDouble()));
        }
        List<Metrics> curve = Evaluation.curve(TRUTH, p);
        for (int i = 1; i < curve.size(); i++) {
            assertThat(curve.get(i).recall()).isLessThanOrEqualTo(curve.get(i - 1).recall());
            assertThat(curve.get(i).truePositives() + curve.get(i).falseNegatives()).isEqualTo(TRUTH.size());
        }
    }
}
