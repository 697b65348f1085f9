package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.relateng.RelateNG;

class SeparationTest {

    @Test
    void neighboursSharingAStraightEdgeTouch() {
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"))).isEqualTo(Separation.TOUCHING);
        // a neighbour along only part of the edge, and with its vertex on the line elsewhere
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((10 2, 20 -5, 20 5, 10 4, 10 2))"))).isEqualTo(Separation.TOUCHING);
    }

    @Test
    void parcelsAcrossARoadAreApart() {
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((14 0, 24 1, 24 11, 14 10, 14 0))"))).isEqualTo(Separation.APART);
    }

    @Test
    void leavesWhatNoSingleLineSeparatesToTheExactPredicate() {
        // an L around a square in its corner, touching along two edges
        assertThat(Separation.of(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))"),
                wkt("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))"))).isEqualTo(Separation.UNKNOWN);
        // overlapping squares
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))"))).isEqualTo(Separation.UNKNOWN);
        // multi-polygons are not settled here
        assertThat(Separation.of(wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)))"),
                wkt("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))"))).isEqualTo(Separation.UNKNOWN);
    }

    /** Random quadrilaterals, convex or not, on a coarse grid (many shared vertices and collinear points). */
    @Test
    void neverContradictsRelateNg() {
        Random random = new Random(7);
        int settled = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            Geometry a = quad(random);
            Geometry b = quad(random);
            if (!a.isValid() || !b.isValid()) {
                continue;
            }
            int s = Separation.of(a, b);
            if (s != Separation.UNKNOWN) {
                settled++;
                assertThat(RelateNG.relate(a, b, "T********")).as("%s %s", a, b).isFalse();
            }
            if (s == Separation.APART) {
                assertThat(RelateNG.relate(a, b, "FF*FF****")).as("%s %s", a, b).isTrue();
            }
        }
        assertThat(settled).isGreaterThan(1000);
    }

    private static Geometry quad(Random random) {
        int x = random.nextInt(6);
        int y = random.nextInt(6);
        int[][] corners = new int[4][];
        for (int k = 0; k < 4; k++) {
            corners[k] = new int[] {x + (k == 1 || k == 2 ? 1 + random.nextInt(3) : -random.nextInt(2)),
                y + (k >= 2 ? 1 + random.nextInt(3) : -random.nextInt(2))};
        }
        return wkt(String.format(Locale.ROOT, "POLYGON ((%d %d, %d %d, %d %d, %d %d, %d %d))", corners[0][0],
                corners[0][1], corners[1][0], corners[1][1], corners[2][0], corners[2][1], corners[3][0],
                corners[3][1], corners[0][0], corners[0][1]));
    }
}
