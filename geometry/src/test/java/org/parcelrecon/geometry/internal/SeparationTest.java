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
    void leavesOverlapsAndWhatItCannotSettleToTheExactPredicate() {
        // a square in the corner of an L, touching its edges but not at the L's vertices: no chain of shared points
        assertThat(Separation.of(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))"),
                wkt("POLYGON ((12 10, 20 10, 20 20, 10 20, 10 12, 12 10))"))).isEqualTo(Separation.UNKNOWN);
        // overlapping squares
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                wkt("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))"))).isEqualTo(Separation.UNKNOWN);
        // multi-polygons are not settled here
        assertThat(Separation.of(wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)))"),
                wkt("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))"))).isEqualTo(Separation.UNKNOWN);
    }

    @Test
    void neighboursSharingABentChainOfVerticesTouch() {
        // the shared boundary (10 0) (10 5) (10.1 10) bends, so no single line separates them
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 5, 10.1 10, 0 10, 0 0))"),
                wkt("POLYGON ((10 0, 20 0, 20 10, 10.1 10, 10 5, 10 0))"))).isEqualTo(Separation.TOUCHING);
        // the same chain, but the other parcel folds back over this one beyond the chain's end
        assertThat(Separation.of(wkt("POLYGON ((0 0, 10 0, 10 5, 10.1 10, 0 10, 0 0))"),
                wkt("POLYGON ((10 0, 20 0, 20 10, 10.1 10, 10 5, 10 0, 5 -1, 5 2, 9 -2, 12 -3, 10 0))")))
                .isEqualTo(Separation.UNKNOWN);
        // an L around a square, sharing the two edges of its corner: a chain of three vertices
        assertThat(Separation.of(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 20, 0 20, 0 0))"),
                wkt("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))"))).isEqualTo(Separation.TOUCHING);
    }

    /**
     * Pairs sharing a random bent chain, the second often reaching round into the first: never a wrong answer,
     * and the clean pairs settled.
     */
    @Test
    void neverContradictsRelateNgOnPairsSharingAChain() {
        Random random = new Random(11);
        int touching = 0;
        int overlapping = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            int k = 2 + random.nextInt(4);
            String[] points = new String[k + 1];
            for (int t = 0; t <= k; t++) {
                points[t] = (random.nextInt(5) - 2) / 4.0 + " " + t * 10.0 / k;
            }
            StringBuilder up = new StringBuilder();
            StringBuilder down = new StringBuilder();
            for (int t = 0; t <= k; t++) {
                up.append(points[t]).append(", ");
                down.append(points[k - t]).append(", ");
            }
            // a left of the chain: up it, then back round the left (counter-clockwise)
            Geometry a = wkt("POLYGON ((" + up + "-10 10, -10 0, " + points[0] + "))");
            // b right of it: down it, then round the right; or round over a's top and down into it
            double reach = random.nextInt(13) - 9;
            Geometry b = wkt("POLYGON ((" + down + (random.nextBoolean() ? "10 0, 10 10, "
                    : "10 0, 10 12, " + reach + " 12, " + reach + " 9, ") + points[k] + "))");
            if (!a.isValid() || !b.isValid()) {
                continue;
            }
            int s = Separation.of(a, b);
            boolean interiorsMeet = RelateNG.relate(a, b, "T********");
            if (s != Separation.UNKNOWN) {
                assertThat(interiorsMeet).as("%s %s", a, b).isFalse();
            }
            if (s == Separation.TOUCHING) {
                touching++;
            }
            if (interiorsMeet) {
                overlapping++;
            }
        }
        assertThat(touching).isGreaterThan(500);
        assertThat(overlapping).isGreaterThan(500);
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
