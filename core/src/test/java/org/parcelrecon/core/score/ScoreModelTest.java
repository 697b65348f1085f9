package org.parcelrecon.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parcelrecon.core.finding.Finding;
import org.parcelrecon.core.finding.ReasonCode;
import org.parcelrecon.core.finding.Severity;

class ScoreModelTest {
    /** The status table of the ScoreModel Javadoc, written out again here: most severe finding → status. */
    private static final Map<Severity, Status> DOCUMENTED_STATUS = Map.of(
            Severity.INFO, Status.CLEAN,
            Severity.WARNING, Status.REVIEW,
            Severity.CONTRADICTION, Status.CONFLICT,
            Severity.MISSING, Status.INCOMPLETE);
    /** The default weights of the ScoreModel Javadoc. */
    private static final Map<Severity, Integer> DOCUMENTED_WEIGHT = Map.of(
            Severity.INFO, 0, Severity.WARNING, 10, Severity.CONTRADICTION, 40, Severity.MISSING, 60);

    private static Finding finding(Severity severity) {
        return Finding.builder(ReasonCode.of("TEST_" + severity), severity).message("test finding").build();
    }

    private static List<Finding> findings(String severities) {
        List<Finding> list = new ArrayList<>();
        if (!severities.isBlank()) {
            for (String s : severities.trim().split(" +")) {
                list.add(finding(Severity.valueOf(s)));
            }
        }
        return list;
    }

    /** The documented model, computed independently: the status of the most severe finding; 100 minus the weights, at least 0. */
    private static Score documented(List<Severity> severities, Map<Severity, Integer> weights) {
        boolean blockingMissing = false;
        boolean blockingContradiction = false;
        boolean warning = false;
        int total = 0;
        for (Severity s : severities) {
            blockingMissing |= s == Severity.MISSING;
            blockingContradiction |= s == Severity.CONTRADICTION;
            warning |= s == Severity.WARNING;
            total += weights.get(s);
        }
        Status status = blockingMissing ? DOCUMENTED_STATUS.get(Severity.MISSING)
                : blockingContradiction ? DOCUMENTED_STATUS.get(Severity.CONTRADICTION)
                : warning ? DOCUMENTED_STATUS.get(Severity.WARNING)
                : DOCUMENTED_STATUS.get(Severity.INFO);
        return new Score(Math.max(0, 100 - total), status);
    }

    @ParameterizedTest(name = "[{0}] -> {1} {2}")
    @CsvSource({
        // the examples of the Javadoc
        "'',                             100, CLEAN",
        "INFO INFO,                      100, CLEAN",
        "WARNING,                         90, REVIEW",
        "WARNING WARNING INFO,            80, REVIEW",
        "CONTRADICTION WARNING,           50, CONFLICT",
        "CONTRADICTION MISSING,            0, INCOMPLETE",
        "WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING WARNING, 0, REVIEW",
        // one blocking finding decides the status whatever comes before or after it
        "INFO WARNING CONTRADICTION INFO, 50, CONFLICT",
        "MISSING INFO,                    40, INCOMPLETE",
    })
    void documentedExamples(String severities, int score, Status status) {
        assertThat(ScoreModel.standard().score(findings(severities))).isEqualTo(Score.of(score, status));
        assertThat(ScoreModel.status(findings(severities))).isEqualTo(status);
    }

    @Provide
    Arbitrary<List<Severity>> severityLists() {
        return Arbitraries.of(Severity.class).list().ofMaxSize(20);
    }

    @Property
    void statusAndScoreAreWhatTheDocumentedModelSays(@ForAll("severityLists") List<Severity> severities) {
        List<Finding> list = new ArrayList<>();
        for (Severity s : severities) {
            list.add(finding(s));
        }
        Score expected = documented(severities, DOCUMENTED_WEIGHT);
        assertThat(ScoreModel.standard().score(list)).isEqualTo(expected);
        assertThat(ScoreModel.status(list)).isEqualTo(expected.status());
    }

    @Property
    void customWeightsChangeTheScoreNotTheStatus(@ForAll("severityLists") List<Severity> severities,
                                                 @ForAll @Size(4) List<@IntRange(min = 0, max = 100) Integer> weights) {
        ScoreModel model = ScoreModel.standard();
        Map<Severity, Integer> byWeight = Map.of(Severity.INFO, weights.get(0), Severity.WARNING, weights.get(1),
                Severity.CONTRADICTION, weights.get(2), Severity.MISSING, weights.get(3));
        for (Map.Entry<Severity, Integer> w : byWeight.entrySet()) {
            model = model.withWeight(w.getKey(), w.getValue());
        }
        List<Finding> list = new ArrayList<>();
        for (Severity s : severities) {
            list.add(finding(s));
        }
        assertThat(model.score(list)).isEqualTo(documented(severities, byWeight));
    }

    @Property
    void orderOfFindingsDoesNotMatter(@ForAll("severityLists") List<Severity> severities) {
        List<Finding> list = new ArrayList<>();
        for (Severity s : severities) {
            list.add(finding(s));
        }
        List<Finding> reversed = new ArrayList<>(list);
        java.util.Collections.reverse(reversed);
        assertThat(ScoreModel.standard().score(reversed)).isEqualTo(ScoreModel.standard().score(list));
    }

    @ParameterizedTest
    @CsvSource({"-1", "101"})
    void rejectsWeightsOutsideZeroToHundred(int weight) {
        assertThatThrownBy(() -> ScoreModel.standard().withWeight(Severity.WARNING, weight))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WARNING").hasMessageContaining(String.valueOf(weight));
    }

    @org.junit.jupiter.api.Test
    void withWeightLeavesTheOriginalAlone() {
        ScoreModel heavier = ScoreModel.standard().withWeight(Severity.INFO, 5);
        assertThat(heavier.weight(Severity.INFO)).isEqualTo(5);
        assertThat(ScoreModel.standard().weight(Severity.INFO)).isZero();
    }
}
