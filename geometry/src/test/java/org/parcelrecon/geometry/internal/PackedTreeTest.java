package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

class PackedTreeTest {

    @Test
    void findsTheItemsWhoseEnvelopesMeetTheSearchTouchingIncluded() {
        STRtree tree = new STRtree();
        tree.insert(new Envelope(0, 1, 0, 1), 0);
        tree.insert(new Envelope(5, 6, 5, 6), 1);
        tree.insert(new Envelope(1, 2, 1, 2), 2);
        PackedTree packed = new PackedTree(tree);
        PackedTree.Hits hits = new PackedTree.Hits();
        // meets 0 and 2 (2 only at its corner)
        assertThat(packed.query(new Envelope(0.5, 1, 0.5, 1), hits)).isEqualTo(2);
        assertThat(sorted(hits)).containsExactly(0, 2);
        // meets nothing
        assertThat(packed.query(new Envelope(3, 4, 3, 4), hits)).isZero();
    }

    @Test
    void aQueryReturnsTheItemsThatMeetItInTheOrderOfTheirPlaces() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            int n = random.nextInt(800);
            double[] boxes = new double[4 * n];
            for (int i = 0; i < n; i++) {
                boxes[4 * i] = 1000 * random.nextDouble();
                boxes[4 * i + 1] = 1000 * random.nextDouble();
                boxes[4 * i + 2] = boxes[4 * i] + 30 * random.nextDouble();
                boxes[4 * i + 3] = boxes[4 * i + 1] + 30 * random.nextDouble();
            }
            PackedTree tree = PackedTree.sortTileRecursive(boxes, n);
            int[] place = tree.itemPlaces(n);
            assertThat(place).isNotNull();
            assertThat(Arrays.stream(place).sorted().toArray()).containsExactly(
                    java.util.stream.IntStream.range(0, n).toArray());
            PackedTree.Hits hits = new PackedTree.Hits();
            for (int q = 0; q < 50; q++) {
                double x = 1000 * random.nextDouble();
                double y = 1000 * random.nextDouble();
                double r = 60 * random.nextDouble();
                tree.query(new Envelope(x - r, x + r, y - r, y + r), hits);
                List<Integer> expected = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (!(boxes[4 * i] > x + r || boxes[4 * i + 2] < x - r || boxes[4 * i + 1] > y + r
                            || boxes[4 * i + 3] < y - r)) {
                        expected.add(i);
                    }
                }
                expected.sort((a, b) -> Integer.compare(place[a], place[b]));
                assertThat(Arrays.stream(hits.items, 0, hits.size).boxed().toList()).isEqualTo(expected);
            }
        }
    }

    @Test
    void itemsHaveNoPlacesWhenAnEnvelopeIsNotABox() {
        double[] boxes = {0, 0, 1, 1, 2, 2, Double.NaN, 3};
        assertThat(PackedTree.sortTileRecursive(boxes, 2).itemPlaces(2)).isNull();
        assertThat(PackedTree.sortTileRecursive(new double[] {0, 0, 1, 1}, 1).itemPlaces(3)).containsExactly(0, -1, -1);
    }

    @Test
    void anEmptyTreeFindsNothing() {
        PackedTree packed = new PackedTree(new STRtree());
        assertThat(packed.query(new Envelope(0, 1, 0, 1), new PackedTree.Hits())).isZero();
    }

    /**
     * Law: the same items as the STRtree, in the same order (callers may depend on the order, e.g. for ties), whether
     * copied from one or built alike.
     */
    @Property(tries = 50)
    void returnsWhatTheStrTreeReturnsInItsOrder(@ForAll @IntRange(min = 0, max = 3000) int n,
                                                @ForAll long seed) {
        Random r = new Random(seed);
        STRtree tree = new STRtree();
        double[] boxes = new double[4 * n];
        for (int i = 0; i < n; i++) {
            double x = r.nextInt(1000);
            double y = r.nextInt(1000);
            // coarse coordinates, so that many centres tie and the sorts' stability shows
            Envelope e = new Envelope(x, x + r.nextInt(30), y, y + r.nextInt(30));
            tree.insert(e, i);
            boxes[4 * i] = e.getMinX();
            boxes[4 * i + 1] = e.getMinY();
            boxes[4 * i + 2] = e.getMaxX();
            boxes[4 * i + 3] = e.getMaxY();
        }
        PackedTree packed = new PackedTree(tree);
        PackedTree built = PackedTree.sortTileRecursive(boxes, n);
        PackedTree.Hits hits = new PackedTree.Hits();
        for (int q = 0; q < 50; q++) {
            double x = r.nextDouble() * 1000;
            double y = r.nextDouble() * 1000;
            // the first search covers everything: all items, in the order of the leaves
            Envelope search = q == 0 ? new Envelope(-1, 2000, -1, 2000)
                    : new Envelope(x, x + r.nextDouble() * size(q), y, y + r.nextDouble() * size(q));
            List<Integer> expected = new ArrayList<>();
            for (Object o : tree.query(search)) {
                expected.add((Integer) o);
            }
            packed.query(search, hits);
            List<Integer> actual = new ArrayList<>();
            for (int h = 0; h < hits.size; h++) {
                actual.add(hits.items[h]);
            }
            assertThat(actual).isEqualTo(expected);
            built.query(search, hits);
            List<Integer> fromBuilt = new ArrayList<>();
            for (int h = 0; h < hits.size; h++) {
                fromBuilt.add(hits.items[h]);
            }
            assertThat(fromBuilt).isEqualTo(expected);
        }
    }

    @Test
    void thePackedKeySortOrdersAsTheMergeSortTiesSignedZerosNaNAndInfinitiesIncluded() {
        Random r = new Random(17);
        double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0};
        for (int trial = 0; trial < 3000; trial++) {
            int n = r.nextInt(trial % 10 == 0 ? 5000 : 300);
            double[] key = new double[n];
            double base = (r.nextBoolean() ? 1 : -1) * r.nextDouble() * 1e6;
            int kind = trial % 5;
            for (int i = 0; i < n; i++) {
                int pick = r.nextInt(20);
                if (kind == 0) {
                    // coarse values: many exact ties
                    key[i] = r.nextInt(Math.max(1, n / 8)) - n / 16;
                } else if (kind == 1) {
                    // a few ulps apart: runs of the same top bits that are not ties
                    key[i] = Math.nextUp(base) + r.nextInt(200) * Math.ulp(base);
                } else if (kind == 2 && pick < 4) {
                    // rare specials, NaN only in some trials
                    double s = special[r.nextInt(special.length)];
                    key[i] = Double.isNaN(s) && trial % 3 != 0 ? 0.0 : s;
                } else {
                    key[i] = base + r.nextGaussian() * (kind == 3 ? 1e-6 : 1e3);
                }
            }
            int[] expected = new int[n];
            int[] actual = new int[n];
            for (int i = 0; i < n; i++) {
                expected[i] = n - 1 - i;
                actual[i] = n - 1 - i;
            }
            int from = n == 0 ? 0 : r.nextInt(n);
            int to = from + r.nextInt(n - from + 1);
            PackedTree.stableSort(expected, from, to, key, new int[n]);
            PackedTree.sortByKey(actual, from, to, key, new int[n], new long[n]);
            assertThat(actual).as("trial %d", trial).containsExactly(expected);
        }
    }

    @Test
    void minAndMaxAreMathsBitForBit() {
        double[] v = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), 1.0, -1.0,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, 5e5};
        for (double a : v) {
            for (double b : v) {
                assertThat(Double.doubleToRawLongBits(PackedTree.min(a, b))).as("min(%s, %s)", a, b)
                        .isEqualTo(Double.doubleToRawLongBits(Math.min(a, b)));
                assertThat(Double.doubleToRawLongBits(PackedTree.max(a, b))).as("max(%s, %s)", a, b)
                        .isEqualTo(Double.doubleToRawLongBits(Math.max(a, b)));
            }
        }
    }

    private static int[] sorted(PackedTree.Hits hits) {
        int[] a = Arrays.copyOf(hits.items, hits.size);
        Arrays.sort(a);
        return a;
    }

    /** Search sizes: mostly small, some large enough to hold whole nodes (copied as runs), some the whole map. */
    private static double size(int query) {
        return query % 5 == 0 ? 1200 : query % 3 == 0 ? 300 : 50;
    }
}
