package org.parcelrecon.geometry.compare;

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
        Map<ChangeEvaluation.Group, ChangeType> truth = Map.of(
                group(Set.of("a"), Set.of("A")), ChangeType.UNCHANGED,
                group(Set.of("b"), Set.of("B1", "B2")), ChangeType.SPLIT,
                group(Set.of("c"), Set.of("C")), ChangeType.MODIFIED);
        Map<ChangeEvaluation.Group, ChangeType> found = Map.of(
                group(Set.of("a"), Set.of("A")), ChangeType.UNCHANGED,
                group(Set.of("b"), Set.of("B1")), ChangeType.MODIFIED,
                group(Set.of(), Set.of("B2")), ChangeType.NEW,
                group(Set.of("c"), Set.of("C")), ChangeType.UNCHANGED);
        List<ChangeEvaluation.Accuracy> accuracy = ChangeEvaluation.evaluate(truth, found);
        assertThat(accuracy).containsExactly(
                new ChangeEvaluation.Accuracy(ChangeType.UNCHANGED, 1, 1, 0),
                new ChangeEvaluation.Accuracy(ChangeType.MODIFIED, 0, 1, 0),
                new ChangeEvaluation.Accuracy(ChangeType.SPLIT, 0, 1, 0));
    }

    @Test
    void aTrueGroupWithAParcelOnNeitherMapIsCountedApart() {
        Map<ChangeEvaluation.Group, ChangeType> truth = Map.of(
                // C was dropped from the new map: c can only come out REMOVED
                group(Set.of("c"), Set.of("C")), ChangeType.MODIFIED,
                group(Set.of("d"), Set.of("D")), ChangeType.MODIFIED,
                // a NEW parcel missing from the new map
                group(Set.of(), Set.of("E")), ChangeType.NEW);
        Map<ChangeEvaluation.Group, ChangeType> found = Map.of(
                group(Set.of("c"), Set.of()), ChangeType.REMOVED,
                group(Set.of("d"), Set.of("D")), ChangeType.MODIFIED);
        assertThat(ChangeEvaluation.evaluate(truth, found)).containsExactly(
                new ChangeEvaluation.Accuracy(ChangeType.MODIFIED, 1, 1, 1),
                new ChangeEvaluation.Accuracy(ChangeType.NEW, 0, 0, 1));
    }

    @Test
    void shareIsOneWhenNothingWasLeftToGetRight() {
        assertThat(new ChangeEvaluation.Accuracy(ChangeType.NEW, 0, 0, 3).share()).isEqualTo(1.0);
    }

    @Test
    void idOrderDoesNotMatter() {
        assertThat(group(Set.of("b", "a"), Set.of("X"))).isEqualTo(group(Set.of("a", "b"), Set.of("X")));
    }
}
