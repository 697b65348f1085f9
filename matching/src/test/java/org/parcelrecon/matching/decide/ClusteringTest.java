package org.parcelrecon.matching.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.parcelrecon.matching.decide.DecisionsTest.pair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parcelrecon.matching.ScoredPair;

class ClusteringTest {

    @Test
    void joinsRowsThroughPairsAboveTheThreshold() {
        Clustering c = Clustering.connectedComponents(5,
                List.of(pair(0, 1, 0.99), pair(1, 2, 0.9), pair(3, 4, 0.2)), 0.5);
        assertThat(c.clusters()).containsExactly(List.of(0, 1, 2), List.of(3), List.of(4));
        assertThat(c.clusterOf(2)).isZero();
        assertThat(c.clusterSizes()).containsExactly(3, 3, 3, 1, 1);
    }

    @Test
    void namesAClusterByItsSmallestRowWhateverTheEdgeDirection() {
        Clustering c = Clustering.connectedComponents(6, List.of(pair(5, 3, 0.9), pair(4, 5, 0.9)), 0.5);
        assertThat(c.clusterOf(5)).isEqualTo(3);
        assertThat(c.clusterOf(4)).isEqualTo(3);
    }

    @Test
    void refusesRowsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> Clustering.connectedComponents(2,
                List.of(pair(0, 2, 0.9)), 0.5)).withMessageContaining("outside 0..1");
    }

    @Property(tries = 200)
    void isIndependentOfPairOrderAndPartitionsTheRows(@ForAll @IntRange(min = 1, max = 30) int size,
                                                      @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<ScoredPair> pairs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            pairs.add(pair(random.nextInt(size), random.nextInt(size), 0.01 + 0.98 * random.nextDouble()));
        }
        Clustering a = Clustering.connectedComponents(size, pairs, 0.5);
        Collections.shuffle(pairs, new java.util.Random(seed));
        Clustering b = Clustering.connectedComponents(size, pairs, 0.5);
        assertThat(b.clusters()).isEqualTo(a.clusters());
        assertThat(a.clusters().stream().mapToInt(List::size).sum()).isEqualTo(size);
        for (ScoredPair p : pairs) {
            if (p.matchProbability() >= 0.5) {
                assertThat(a.clusterOf(p.leftRow())).isEqualTo(a.clusterOf(p.rightRow()));
            }
        }
    }
}
