package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class IntersectionPerimeterTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void isTheIntersectionsPerimeterWhenTheBoundariesOnlyCross() {
        Geometry a = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry b = wkt("POLYGON ((5 2, 15 2, 15 12, 5 12, 5 2))");
        assertThat(IntersectionPerimeter.of(a, 0, 0, b)).isCloseTo(26, within(1e-9));
        // the shift applies to the first: moved 3 m west, the overlap is 2 x 8
        assertThat(IntersectionPerimeter.of(a, -3, 0, b)).isCloseTo(20, within(1e-9));
        // one inside the other: the inner one's perimeter
        assertThat(IntersectionPerimeter.of(wkt("POLYGON ((2 2, 4 2, 4 4, 2 4, 2 2))"), 0, 0, a))
                .isCloseTo(8, within(1e-9));
    }

    @Test
    void hasNoAnswerWhenTheBoundariesTouchOrOverlap() {
        Geometry a = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        assertThat(IntersectionPerimeter.of(a, 0, 0, wkt("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"))).isNaN();
        assertThat(IntersectionPerimeter.of(a, 0, 0, wkt("POLYGON ((5 5, 15 -5, 15 15, 5 5))"))).isNaN();
        assertThat(IntersectionPerimeter.of(a, 0, 0, a)).isNaN();
        assertThat(IntersectionPerimeter.of(a, 0, 0, wkt("LINESTRING (0 0, 5 5)"))).isNaN();
    }

    /**
     * Against the overlay (the reference the join used for every such pair): random star-shaped parcels at projected
     * coordinates, shifted by random offsets, some with a hole or a second part.
     */
    @Test
    void agreesWithTheOverlaysLengthOnRandomParcels() {
        Random random = new Random(19);
        int answered = 0;
        for (int round = 0; round < 3000; round++) {
            Geometry a = parcel(random, 500_000, 2_300_000);
            Geometry b = parcel(random, 500_000 + random.nextDouble() * 20 - 10,
                    2_300_000 + random.nextDouble() * 20 - 10);
            double dx = random.nextDouble() * 4 - 2;
            double dy = random.nextDouble() * 4 - 2;
            double got = IntersectionPerimeter.of(a, dx, dy, b);
            if (Double.isNaN(got)) {
                continue;
            }
            answered++;
            Geometry shifted = AffineTransformation.translationInstance(dx, dy).transform(a);
            double expected = OverlayNGRobust.overlay(shifted, b, OverlayNG.INTERSECTION).getLength();
            assertThat(got).as("round %d", round).isCloseTo(expected, within(1e-7 * (1 + expected)));
        }
        // general position is the rule: the overlay's answer is needed for a few at most
        assertThat(answered).isGreaterThan(2900);
    }

    /** A star-shaped polygon of 4-30 vertices around (cx, cy); sometimes with a hole or as two parts. */
    private static Geometry parcel(Random random, double cx, double cy) {
        Polygon shell = star(random, cx, cy, 5 + random.nextDouble() * 20);
        int kind = random.nextInt(6);
        if (kind == 0) {
            // within 0.96 m of the centre: inside every shell (radii >= 2.5 m, gaps <= 135 degrees)
            Polygon hole = (Polygon) wkt(String.format(java.util.Locale.ROOT,
                    "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))", cx - 0.3, cy - 0.3, cx + 0.3, cy - 0.3, cx + 0.3,
                    cy + 0.3, cx - 0.3, cy + 0.3, cx - 0.3, cy - 0.3));
            return F.createPolygon(shell.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {
                    hole.getExteriorRing()});
        }
        if (kind == 1) {
            Polygon other = star(random, cx + 60, cy, 5);
            return F.createMultiPolygon(new Polygon[] {shell, other});
        }
        return shell;
    }

    private static Polygon star(Random random, double cx, double cy, double size) {
        int n = 4 + random.nextInt(27);
        Coordinate[] c = new Coordinate[n + 1];
        for (int v = 0; v < n; v++) {
            double angle = 2 * Math.PI * (v + random.nextDouble() * 0.5) / n;
            double r = size * (0.5 + random.nextDouble() * 0.5);
            c[v] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        c[n] = c[0];
        return F.createPolygon(c);
    }
}
