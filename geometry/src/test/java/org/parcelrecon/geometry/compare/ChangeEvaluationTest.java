package org.parcelrecon.geometry.compare;

import org.parcelrecon.core.evidence.ChangeClass;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeEvaluationTest {
    private static ChangeEvaluation.Group group(Set<String> olds, Set<String> news) {
        return new ChangeEvaluation.Group(olds, news);
    }

    @Test
    void aTrueGroupCountsOnlyWhenBothIdSetsAndTheTypeAgree() {
        Map<ChangeEvaluation.Group, ChangeClass> truth = Map.of(
                group(Set.of("a"), Set.of("A")), ChangeClass.UNCHANGED,
                group(Set.of("b"), Set.of("B1", "B2")), ChangeClass.SPLIT,
                group(Set.of("c"), Set.of("C")), ChangeClass.MODIFIED);
        Map<ChangeEvaluation.Group, ChangeClass> found = Map.of(
                group(Set.of("a"), Set.of("A")), ChangeClass.UNCHANGED,
                group(Set.of("b"), Set.of("B1")), ChangeClass.MODIFIED,
                group(Set.of(), Set.of("B2")), ChangeClass.NEW,
                group(Set.of("c"), Set.of("C")), ChangeClass.UNCHANGED);
        List<ChangeEvaluation.Accuracy> accuracy = ChangeEvaluation.evaluate(truth, found);
        assertThat(accuracy).containsExactly(
                new ChangeEvaluation.Accuracy(ChangeClass.UNCHANGED, 1, 1, 0),
                new ChangeEvaluation.Accuracy(ChangeClass.MODIFIED, 0, 1, 0),
                new ChangeEvaluation.Accuracy(ChangeClass.SPLIT, 0, 1, 0));
    }

    @Test
    void aTrueGroupWithAParcelOnNeitherMapIsCountedApart() {
        Map<ChangeEvaluation.Group, ChangeClass> truth = Map.of(
                // C was dropped from the new map: c can only come out REMOVED
                group(Set.of("c"), Set.of("C")), ChangeClass.MODIFIED,
                group(Set.of("d"), Set.of("D")), ChangeClass.MODIFIED,
                // a NEW parcel missing from the new map
                group(Set.of(), Set.of("E")), ChangeClass.NEW);
        Map<ChangeEvaluation.Group, ChangeClass> found = Map.of(
                group(Set.of("c"), Set.of()), ChangeClass.REMOVED,
                group(Set.of("d"), Set.of("D")), ChangeClass.MODIFIED);
        assertThat(ChangeEvaluation.evaluate(truth, found)).containsExactly(
                new ChangeEvaluation.Accuracy(ChangeClass.MODIFIED, 1, 1, 1),
                new ChangeEvaluation.Accuracy(ChangeClass.NEW, 0, 0, 1));
    }

    @Test
    void shareIsOneWhenNothingWasLeftToGetRight() {
        assertThat(new ChangeEvaluation.Accuracy(ChangeClass.NEW, 0, 0, 3).share()).isEqualTo(1.0);
    }

    @Test
    void idOrderDoesNotMatter() {
        assertThat(group(Set.of("b", "a"), Set.of("X"))).isEqualTo(group(Set.of("a", "b"), Set.of("X")));
    }
}
