package org.parcelrecon.matching.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ClusterMethodTest {

    private static PairGraph chain() {
        // A~B, B~C, C~D at 0.99; nothing else linked
        PairGraph g = PairGraph.dedupe(4);
        g.add(0, 1, 0.99);
        g.add(1, 2, 0.99);
        g.add(2, 3, 0.99);
        return g;
    }

    @Test
    void componentsChainWhereAverageLinkageDoesNot() {
        assertThat(ClusterMethod.CONNECTED_COMPONENTS.cluster(chain(), 0.5).clusters())
                .containsExactly(List.of(0, 1, 2, 3));
        // {A,B} with {C,D}: mean of 0.99, 0, 0, 0 = 0.25; ties at 0.99 go to the lower rows first
        assertThat(ClusterMethod.AVERAGE_LINKAGE.cluster(chain(), 0.5).clusters())
                .containsExactly(List.of(0, 1), List.of(2, 3));
    }

    @Test
    void aCliqueStaysWholeDespiteOneWeakPair() {
        PairGraph g = PairGraph.dedupe(5);
        for (int a = 0; a < 4; a++) {
            for (int b = a + 1; b < 4; b++) {
                g.add(a, b, a == 0 && b == 3 ? 0.2 : 0.95);
            }
        }
        // one link out to a stranger, weaker than the clique's mean: a stronger one would be merged first, and the
        // stranger's pair would then join nothing (greedy: the strongest merge is taken first)
        g.add(3, 4, 0.6);
        Clustering c = ClusterMethod.AVERAGE_LINKAGE.cluster(g, 0.5);
        assertThat(c.clusters()).containsExactly(List.of(0, 1, 2, 3), List.of(4));
        assertThat(c.largestCluster()).isEqualTo(4);
        assertThat(c.clusterCount()).isEqualTo(2);
        assertThat(ClusterMethod.CONNECTED_COMPONENTS.cluster(g, 0.5).clusters()).containsExactly(
                List.of(0, 1, 2, 3, 4));
    }

    @Test
    void twoTrueClustersJoinedByOneWrongLinkStayApart() {
        // two people of five records each, every pair within at 0.9, one wrong link at 0.8 between them
        PairGraph g = PairGraph.dedupe(10);
        for (int base : new int[] {0, 5}) {
            for (int a = base; a < base + 5; a++) {
                for (int b = a + 1; b < base + 5; b++) {
                    g.add(a, b, 0.9);
                }
            }
        }
        g.add(4, 5, 0.8);
        assertThat(ClusterMethod.AVERAGE_LINKAGE.cluster(g, 0.5).clusters())
                .containsExactly(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9));
        assertThat(ClusterMethod.CONNECTED_COMPONENTS.cluster(g, 0.5).largestCluster()).isEqualTo(10);
    }

    @Test
    void inALinkTwoRecordsOfOneTableAreNeverComparedSoTheyDoNotPullTheMeanDown() {
        // a land user on three parcels (left rows 0, 1, 2) is one citizen (right row 0 = node 3)
        PairGraph g = PairGraph.link(3, 2);
        g.add(0, 0, 0.95);
        g.add(1, 0, 0.9);
        g.add(2, 0, 0.9);
        g.add(2, 1, 0.6); // a namesake (node 4), weaker than the cluster
        Clustering c = ClusterMethod.AVERAGE_LINKAGE.cluster(g, 0.5);
        assertThat(c.clusters()).containsExactly(List.of(0, 1, 2, 3), List.of(4));
        assertThat(g.rightNode(1)).isEqualTo(4);
        assertThat(g.isLeft(3)).isFalse();
    }

    @Test
    void aPairAddedTwiceCountsOnceAtItsHigherProbability() {
        PairGraph g = PairGraph.dedupe(3);
        g.add(0, 1, 0.9);
        g.add(1, 0, 0.4);
        g.add(1, 2, 0.9);
        g.add(0, 2, 0.0);
        // {0,1} with 2: (0.9 + 0) / 2 = 0.45 < 0.5
        assertThat(ClusterMethod.AVERAGE_LINKAGE.cluster(g, 0.5).clusters())
                .containsExactly(List.of(0, 1), List.of(2));
    }

    @Test
    void refusesBadInput() {
        PairGraph g = PairGraph.dedupe(2);
        assertThatIllegalArgumentException().isThrownBy(() -> g.add(0, 0, 0.5)).withMessageContaining("itself");
        assertThatIllegalArgumentException().isThrownBy(() -> g.add(0, 1, 1.5)).withMessageContaining("[0, 1]");
        assertThatIllegalArgumentException().isThrownBy(() -> ClusterMethod.AVERAGE_LINKAGE.cluster(g, -0.1));
    }

    @Property(tries = 100)
    void averageLinkageRefinesComponentsAndDoesNotDependOnPairOrder(@ForAll @IntRange(min = 2, max = 40) int size,
                                                                     @ForAll long seed) {
        Random random = new Random(seed);
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < size * 2; i++) {
            int a = random.nextInt(size);
            int b = random.nextInt(size);
            if (a != b) {
                pairs.add(new double[] {a, b, Math.round(random.nextDouble() * 8) / 8.0});
            }
        }
        Clustering first = ClusterMethod.AVERAGE_LINKAGE.cluster(graph(size, pairs), 0.5);
        Collections.shuffle(pairs, random);
        Clustering second = ClusterMethod.AVERAGE_LINKAGE.cluster(graph(size, pairs), 0.5);
        Clustering components = ClusterMethod.CONNECTED_COMPONENTS.cluster(graph(size, pairs), 0.5);
        for (int i = 0; i < size; i++) {
            // every average-linkage cluster lies inside one component
            assertThat(components.clusterOf(i)).isEqualTo(components.clusterOf(first.clusterOf(i)));
        }
        // probabilities in eighths add exactly in any order, so the result is the same clustering
        assertThat(second.clusters()).isEqualTo(first.clusters());
    }

    private static PairGraph graph(int size, List<double[]> pairs) {
        PairGraph g = PairGraph.dedupe(size);
        for (double[] p : pairs) {
            g.add((int) p[0], (int) p[1], p[2]);
        }
        return g;
    }
}
