package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parcelrecon.geometry.internal.PackedTree;
import org.junit.jupiter.api.Test;

class CornerIndexTest {
    private static final double TOL = 0.5;

    @Test
    void findsTheItemWhoseCornerIsNearButNotOneWhoseCornerIsCellsAway() {
        double[] boxes = {0, 0, 10, 10, 10, 0, 20, 10};
        CornerIndex index = CornerIndex.of(boxes, 2, new boolean[] {true, true}, TOL);
        PackedTree.Hits hits = new PackedTree.Hits();
        assertThat(index.near(0.2, -0.1, 10.2, 9.9, hits)).isEqualTo(1);
        assertThat(hits.items[0]).isZero();
        // an item left out of the index is never found
        CornerIndex only1 = CornerIndex.of(boxes, 2, new boolean[] {false, true}, TOL);
        assertThat(only1.near(0.2, -0.1, 10.2, 9.9, hits)).isZero();
    }

    @Test
    void givesUpOnCornersTooFarOutForTheGrid() {
        double[] boxes = {Double.NaN, 0, 10, 10};
        assertThat(CornerIndex.of(boxes, 1, new boolean[] {true}, TOL)).isNull();
        assertThat(CornerIndex.of(boxes, 1, new boolean[] {false}, TOL)).isNotNull();
        CornerIndex index = CornerIndex.of(new double[] {0, 0, 1, 1}, 1, new boolean[] {true}, TOL);
        assertThat(index.near(1e300, 0, 2e300, 1, new PackedTree.Hits())).isEqualTo(-1);
    }

    /**
     * Against the tree's candidates by brute force: every indexed item meeting the search box whose corner is within
     * the tolerance of the box's (what VertexMatch can accept) is found; nothing found misses the box or is left out
     * of the index; the order is increasing, as the join takes the tree's candidates.
     */
    @Test
    void findsEveryCandidateAVertexMatchCanAcceptInIncreasingOrder() {
        Random random = new Random(19);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(300);
            double[] boxes = new double[4 * n];
            boolean[] indexed = new boolean[n];
            double spread = random.nextBoolean() ? 5 : 200;
            for (int e = 0; e < n; e++) {
                double x = 500_000 + random.nextDouble() * spread;
                double y = 2_300_000 + random.nextDouble() * spread;
                boxes[4 * e] = x;
                boxes[4 * e + 1] = y;
                boxes[4 * e + 2] = x + random.nextDouble() * 20;
                boxes[4 * e + 3] = y + random.nextDouble() * 20;
                indexed[e] = random.nextInt(5) > 0;
            }
            CornerIndex index = CornerIndex.of(boxes, n, indexed, TOL);
            PackedTree.Hits hits = new PackedTree.Hits();
            for (int q = 0; q < 50; q++) {
                // a query near an item's corner (the usual case) or anywhere
                int near = random.nextInt(n);
                double minX = random.nextBoolean() ? boxes[4 * near] + (random.nextDouble() - 0.5) * 4 * TOL
                        : 500_000 + random.nextDouble() * spread;
                double minY = random.nextBoolean() ? boxes[4 * near + 1] + (random.nextDouble() - 0.5) * 4 * TOL
                        : 2_300_000 + random.nextDouble() * spread;
                double maxX = minX + random.nextDouble() * 20;
                double maxY = minY + random.nextDouble() * 20;
                int found = index.near(minX, minY, maxX, maxY, hits);
                List<Integer> got = new ArrayList<>();
                for (int j = 0; j < found; j++) {
                    got.add(hits.items[j]);
                }
                assertThat(got).isSorted().doesNotHaveDuplicates();
                for (int e = 0; e < n; e++) {
                    int b = 4 * e;
                    boolean meets = !(boxes[b] > maxX || boxes[b + 2] < minX || boxes[b + 1] > maxY
                            || boxes[b + 3] < minY);
                    boolean cornerNear = Math.abs(minX - boxes[b]) <= TOL && Math.abs(minY - boxes[b + 1]) <= TOL;
                    if (indexed[e] && meets && cornerNear) {
                        assertThat(got).contains(e);
                    }
                    if (got.contains(e)) {
                        assertThat(indexed[e] && meets).isTrue();
                    }
                }
            }
        }
    }
}
