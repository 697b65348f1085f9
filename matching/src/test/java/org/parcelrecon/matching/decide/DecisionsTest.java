package org.parcelrecon.matching.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.ScoredPair;

class DecisionsTest {

    static ScoredPair pair(int l, int r, double probability) {
        double weight = Math.log(probability / (1 - probability)) / Math.log(2);
        return ScoredPair.of(l, r, "L" + l, "R" + r, weight);
    }

    static List<String> names(List<ScoredPair> pairs) {
        return pairs.stream().map(p -> p.leftId() + "~" + p.rightId()).collect(Collectors.toList());
    }

    private static final List<ScoredPair> EXAMPLE = List.of(pair(0, 0, 0.99), pair(0, 1, 0.80), pair(1, 0, 0.95),
            pair(2, 2, 0.30));

    @Test
    void followsTheWorkedExample() {
        assertThat(names(Decisions.aboveThreshold(EXAMPLE, 0.5))).containsExactly("L0~R0", "L0~R1", "L1~R0");
        assertThat(names(Decisions.bestPerLeft(EXAMPLE))).containsExactly("L0~R0", "L1~R0", "L2~R2");
        assertThat(names(Decisions.oneToOne(EXAMPLE))).containsExactly("L0~R0", "L2~R2");
    }

    @Test
    void bestMatchesCoverEveryLeftRowWithTheRunnerUp() {
        List<Decisions.BestMatch> best = Decisions.bestMatches(EXAMPLE, 4, 0.5);
        assertThat(best).hasSize(4);
        assertThat(best.get(0).best()).contains(EXAMPLE.get(0));
        assertThat(best.get(0).secondBest()).contains(EXAMPLE.get(1));
        assertThat(best.get(0).margin()).isGreaterThan(0);
        assertThat(best.get(1).secondBest()).isEmpty();
        assertThat(best.get(1).margin()).isInfinite();
        assertThat(best.get(2).best()).isEmpty();
        assertThat(best.get(2).margin()).isNaN();
        assertThat(best.get(3).best()).isEmpty();
    }

    @Test
    void breaksTiesByLowerRows() {
        List<ScoredPair> tied = List.of(pair(1, 1, 0.9), pair(0, 1, 0.9), pair(0, 0, 0.9));
        assertThat(names(Decisions.oneToOne(tied))).containsExactly("L0~R0", "L1~R1");
        assertThat(names(Decisions.bestPerLeft(tied))).containsExactly("L0~R0", "L1~R1");
    }

    @Test
    void oneToOneWithinATableUsesEachRowOnce() {
        List<ScoredPair> pairs = List.of(pair(0, 1, 0.99), pair(1, 2, 0.98), pair(2, 3, 0.97));
        assertThat(names(Decisions.oneToOneWithinTable(pairs))).containsExactly("L0~R1", "L2~R3");
    }

    @Test
    void refusesThresholdsOutsideTheUnitInterval() {
        assertThatIllegalArgumentException().isThrownBy(() -> Decisions.aboveThreshold(EXAMPLE, 1.1));
        assertThatIllegalArgumentException().isThrownBy(() -> Decisions.bestMatches(EXAMPLE, 1, 0.5))
                .withMessageContaining("outside 0..0");
    }

    @Property(tries = 200)
    void oneToOneUsesEachRecordOnceWhateverTheOrder(@ForAll @IntRange(min = 0, max = 40) int n,
                                                     @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<ScoredPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(pair(random.nextInt(8), random.nextInt(8), 0.01 + 0.98 * random.nextDouble()));
        }
        List<ScoredPair> chosen = Decisions.oneToOne(pairs);
        Set<Integer> lefts = new HashSet<>();
        Set<Integer> rights = new HashSet<>();
        for (ScoredPair p : chosen) {
            assertThat(lefts.add(p.leftRow())).isTrue();
            assertThat(rights.add(p.rightRow())).isTrue();
        }
        List<ScoredPair> shuffled = new ArrayList<>(pairs);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertThat(Decisions.oneToOne(shuffled)).isEqualTo(chosen);
        assertThat(Decisions.bestPerLeft(shuffled)).isEqualTo(Decisions.bestPerLeft(pairs));
        // Every pair left out conflicts with a chosen pair at least as strong.
        for (ScoredPair p : pairs) {
            if (!chosen.contains(p)) {
                assertThat(chosen).anySatisfy(c -> {
                    assertThat(c.leftRow() == p.leftRow() || c.rightRow() == p.rightRow()).isTrue();
                    assertThat(c.matchWeight()).isGreaterThanOrEqualTo(p.matchWeight());
                });
            }
        }
    }
}
