package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.parcelrecon.geometry.internal.PackedTree;

class PieceGridTest {
    @Test
    void findsThePiecesOfTheClassExampleInTheIndexsOrder() {
        double[] boxes = {0, 0, 4, 5, 20, 0, 30, 5, 3, 0, 12, 5};
        PackedTree tree = PackedTree.sortTileRecursive(boxes, 3);
        PieceGrid grid = PieceGrid.of(boxes, 3, tree.itemPlaces(3), 10);

        assertThat(found(grid, 2, 1, 5, 2)).containsExactly(found(tree, 2, 1, 5, 2));
        assertThat(found(grid, 2, 1, 5, 2)).containsExactlyInAnyOrder(0, 2);
        assertThat(found(grid, 13, 1, 19, 2)).isEmpty();
    }

    /**
     * Random pieces (lots of 2-40 m, long strips, points, touching edges, far outliers), cells of 0.5-30 m, random
     * boxes in and around the map (touching pieces, inside one, around all): the pieces the index returns, in its
     * order.
     */
    @Test
    void returnsWhatTheIndexReturnsInItsOrder() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            int n = random.nextInt(trial % 10 == 0 ? 3000 : 200);
            double[] boxes = new double[4 * n];
            double x0 = 500_000;
            double y0 = 2_300_000;
            double span = trial % 7 == 0 ? 50_000 : 1_000;
            for (int p = 0; p < n; p++) {
                double x = x0 + span * random.nextDouble();
                double y = y0 + span * random.nextDouble();
                double w = switch (random.nextInt(5)) {
                    case 0 -> 0;
                    case 1 -> 300 * random.nextDouble();
                    default -> 2 + 38 * random.nextDouble();
                };
                double h = random.nextInt(5) == 0 ? 0 : 2 + 38 * random.nextDouble();
                if (p > 0 && random.nextInt(6) == 0) {
                    // touching the previous piece's right edge
                    x = boxes[4 * (p - 1) + 2];
                }
                boxes[4 * p] = Math.rint(x * 4) / 4;
                boxes[4 * p + 1] = Math.rint(y * 4) / 4;
                boxes[4 * p + 2] = boxes[4 * p] + Math.rint(w * 4) / 4;
                boxes[4 * p + 3] = boxes[4 * p + 1] + Math.rint(h * 4) / 4;
            }
            PackedTree tree = PackedTree.sortTileRecursive(boxes, n);
            double cell = trial % 3 == 0 ? 0.5 : 1 + 29 * random.nextDouble();
            PieceGrid grid = PieceGrid.of(boxes, n, tree.itemPlaces(n), cell);
            assertThat(grid).isNotNull();
            for (int q = 0; q < 200; q++) {
                double x;
                double y;
                if (n > 0 && q % 2 == 0) {
                    int p = random.nextInt(n);
                    x = boxes[4 * p + random.nextInt(2) * 2];
                    y = boxes[4 * p + 1 + random.nextInt(2) * 2];
                } else {
                    x = x0 - 100 + (span + 200) * random.nextDouble();
                    y = y0 - 100 + (span + 200) * random.nextDouble();
                }
                double r = q % 50 == 0 ? 2 * span : q % 3 == 0 ? 0 : 10 * random.nextDouble();
                double minX = Math.rint((x - r) * 4) / 4;
                double minY = Math.rint((y - r * random.nextDouble()) * 4) / 4;
                double maxX = Math.rint((x + r) * 4) / 4;
                double maxY = Math.rint((y + r) * 4) / 4;
                assertThat(found(grid, minX, minY, maxX, maxY)).as("trial %d box %s %s %s %s", trial, minX, minY,
                        maxX, maxY).containsExactly(found(tree, minX, minY, maxX, maxY));
            }
        }
    }

    @Test
    void noGridWithoutTheIndexsOrderOrForABoxThatIsNotFinite() {
        double[] boxes = {0, 0, 4, 5, 20, 0, 30, 5};
        assertThat(PieceGrid.of(boxes, 2, null, 10)).isNull();
        assertThat(PieceGrid.of(boxes, 2, new int[] {0, 0}, 10)).isNull();
        assertThat(PieceGrid.of(new double[] {0, 0, Double.NaN, 5}, 1, new int[] {0}, 10)).isNull();
        assertThat(PieceGrid.of(new double[] {0, 0, Double.POSITIVE_INFINITY, 5}, 1, new int[] {0}, 10)).isNull();
        assertThat(PieceGrid.of(new double[] {4, 0, 0, 5}, 1, new int[] {0}, 10)).isNull();
        assertThat(PieceGrid.of(new double[0], 0, new int[0], 10)).isNotNull();
    }

    private static Integer[] found(PieceGrid grid, double minX, double minY, double maxX, double maxY) {
        PackedTree.Hits hits = new PackedTree.Hits();
        grid.query(minX, minY, maxX, maxY, hits);
        return Arrays.stream(hits.items, 0, hits.size).boxed().toArray(Integer[]::new);
    }

    private static Integer[] found(PackedTree tree, double minX, double minY, double maxX, double maxY) {
        PackedTree.Hits hits = new PackedTree.Hits();
        tree.query(new Envelope(minX, maxX, minY, maxY), hits);
        return Arrays.stream(hits.items, 0, hits.size).boxed().toArray(Integer[]::new);
    }
}
