package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The offset search's grid of centroids: every parcel within a box is in the cells the box spans. */
class CentroidGridTest {
    /** The parcels in the cells the box spans. */
    private static List<Integer> inCells(CentroidGrid g, double minX, double minY, double maxX, double maxY) {
        List<Integer> out = new ArrayList<>();
        for (int row = g.row(minY); row <= g.row(maxY); row++) {
            for (int c = row * g.columns + g.column(minX); c <= row * g.columns + g.column(maxX); c++) {
                for (int at = g.cellStart[c]; at < g.cellStart[c + 1]; at++) {
                    out.add(g.parcels[at]);
                }
            }
        }
        return out;
    }

    @Test
    void findsTheParcelsOfTheClassExample() {
        CentroidGrid g = CentroidGrid.of(new double[] {0, 0, 120, 0, 10, 10}, new boolean[] {true, true, true}, 50);

        assertThat(g.columns).isEqualTo(3);
        assertThat(g.rows).isEqualTo(1);
        assertThat(inCells(g, 0, 0, 60, 0)).containsExactly(0, 2);
    }

    @Test
    void everyParcelWithinABoxIsInItsCellsAndLeftOutParcelsNowhere() {
        Random random = new Random(3);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            double[] centroid = new double[2 * n];
            boolean[] include = new boolean[n];
            double spread = trial % 5 == 0 ? 1e6 : 2000;
            for (int k = 0; k < n; k++) {
                centroid[2 * k] = 500_000 + spread * random.nextDouble();
                centroid[2 * k + 1] = 2_300_000 + spread * random.nextDouble();
                include[k] = random.nextInt(10) > 0;
            }
            CentroidGrid g = CentroidGrid.of(centroid, include, trial % 7 == 0 ? 0 : 50);
            assertThat(g.columns).isBetween(1, 1025);
            assertThat(g.rows).isBetween(1, 1025);
            for (int q = 0; q < 20; q++) {
                double x = 500_000 + spread * random.nextDouble();
                double y = 2_300_000 + spread * random.nextDouble();
                double r = 50 * random.nextDouble();
                List<Integer> found = inCells(g, x - r, y - r, x + r, y + r);
                for (int k = 0; k < n; k++) {
                    boolean within = Math.abs(centroid[2 * k] - x) <= r && Math.abs(centroid[2 * k + 1] - y) <= r;
                    if (include[k] && within) {
                        assertThat(found).contains(k);
                    }
                    if (!include[k]) {
                        assertThat(found).doesNotContain(k);
                    }
                }
            }
        }
    }

    @Test
    void columnsAndRowsAreTheFloorOfTheCellClampedToTheGrid() {
        Random random = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + random.nextInt(50);
            double[] centroid = new double[2 * n];
            boolean[] include = new boolean[n];
            java.util.Arrays.fill(include, true);
            for (int k = 0; k < 2 * n; k++) {
                centroid[k] = 500_000 + 3000 * random.nextDouble();
            }
            CentroidGrid g = CentroidGrid.of(centroid, include, trial % 3 == 0 ? 7.3 : 50);
            for (int q = 0; q < 500; q++) {
                double v = q == 0 ? Double.NaN : q == 1 ? g.originX : q == 2 ? g.originX + g.size
                        : q == 3 ? Math.nextDown(g.originX) : 500_000 + 4000 * random.nextDouble() - 500;
                assertThat(g.column(v)).as("x %s", v).isEqualTo(floorClamped((v - g.originX) / g.size, g.columns));
                assertThat(g.row(v)).as("y %s", v).isEqualTo(floorClamped((v - g.originY) / g.size, g.rows));
            }
        }
    }

    /** What the cell was before the floor was left out: {@code Math.floor}, then clamped to the grid. */
    private static int floorClamped(double cell, int cells) {
        double f = Math.floor(cell);
        return f < 0 ? 0 : f >= cells - 1 ? cells - 1 : (int) f;
    }

    @Test
    void aCentroidThatIsNotFiniteLeavesNoGrid() {
        assertThat(CentroidGrid.of(new double[] {0, 0, Double.NaN, 1}, new boolean[] {true, true}, 50)).isNull();
        // left out, it does not matter
        assertThat(CentroidGrid.of(new double[] {0, 0, Double.NaN, 1}, new boolean[] {true, false}, 50)).isNotNull();
        assertThat(CentroidGrid.of(new double[0], new boolean[0], 50).parcels).isEmpty();
    }
}
