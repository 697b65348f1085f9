package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class ConvexClipTest {
    private static final GeometryFactory F = new GeometryFactory();

    private static Geometry quad(double x, double y, double w, double h, double jx, double jy) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + w + jx, y - jy),
            new Coordinate(x + w, y + h), new Coordinate(x - jx, y + h + jy), new Coordinate(x, y)});
    }

    @Property(tries = 300)
    void equalsTheOverlayAreaAndPerimeterForTwoConvexParcels(
            @ForAll @DoubleRange(min = -15, max = 15) double dx, @ForAll @DoubleRange(min = -15, max = 15) double dy,
            @ForAll @DoubleRange(min = -3, max = 3) double jx, @ForAll @DoubleRange(min = -3, max = 3) double jy) {
        Geometry a = quad(0, 0, 20, 30, jx, jy);
        Geometry b = quad(dx, dy, 20, 30, jy, -jx);
        ConvexClip.Scratch scratch = new ConvexClip.Scratch();
        double area = ConvexClip.area(a, 0, 0, ConvexClip.hull(b), scratch);
        Geometry exact = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
        assertThat(ConvexClip.isConvex(a)).isTrue();
        assertThat(area).isCloseTo(exact.getArea(), within(1e-6));
        if (exact.getArea() > 1e-6) {
            assertThat(scratch.perimeter).isCloseTo(exact.getLength(), within(1e-6));
        }
    }

    @Property(tries = 100)
    void boundsTheIntersectionOfAnyPolygonWithTheHull(@ForAll @DoubleRange(min = -15, max = 15) double dx,
                                                      @ForAll @DoubleRange(min = -15, max = 15) double dy) {
        Geometry l = wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))");
        Geometry other = wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0))");
        double bound = ConvexClip.area(l, dx, dy, ConvexClip.hull(other), new ConvexClip.Scratch());
        Geometry shifted = org.locationtech.jts.geom.util.AffineTransformation.translationInstance(dx, dy).transform(l);
        double exact = OverlayNGRobust.overlay(shifted, other, OverlayNG.INTERSECTION).getArea();
        assertThat(bound).isGreaterThanOrEqualTo(exact - 1e-6);
    }

    @Test
    void tellsConvexFromConcave() {
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"))).isTrue();
        // collinear vertices do not break convexity, either orientation is fine
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))"))).isTrue();
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0))"))).isFalse();
        assertThat(ConvexClip.isConvex(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))")))
                .isFalse();
        assertThat(ConvexClip.isConvex(wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"))).isFalse();
    }

    @Test
    void givesNothingForDisjointPolygons() {
        double area = ConvexClip.area(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), 0, 0,
                ConvexClip.hull(wkt("POLYGON ((5 5, 6 5, 6 6, 5 6, 5 5))")), new ConvexClip.Scratch());
        assertThat(area).isZero();
    }

    /** A random strictly convex polygon: n points on an ellipse, any start vertex, either orientation. */
    private static Geometry convex(Random r, int n, double cx, double cy) {
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = 2 * Math.PI * r.nextDouble();
        }
        Arrays.sort(angles);
        double ax = 5 + 40 * r.nextDouble();
        double ay = 5 + 40 * r.nextDouble();
        Coordinate[] c = new Coordinate[n + 1];
        int start = r.nextInt(n);
        boolean clockwise = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            double t = angles[(start + (clockwise ? n - i : i)) % n];
            // coordinates rounded to the millimetre, as maps store them: ties of the lowest y happen
            c[i] = new Coordinate(Math.round((cx + ax * Math.cos(t)) * 1000) / 1000.0,
                    Math.round((cy + ay * Math.sin(t)) * 1000) / 1000.0);
        }
        c[n] = c[0];
        return F.createPolygon(c);
    }

    @Test
    void aStrictlyConvexParcelIsItsOwnHullInJtsOrder() {
        Random r = new Random(5);
        int own = 0;
        for (int trial = 0; trial < 5000; trial++) {
            int n = 3 + (trial % 5 == 0 ? r.nextInt(120) : r.nextInt(6));
            Geometry g = trial % 7 == 0
                    ? quad(500_000 + r.nextInt(100), 2_000_000, 20, 30, r.nextInt(3) - 1, 0)
                    : convex(r, n, 500_000 + 1000 * r.nextDouble(), 2_000_000 + 1000 * r.nextDouble());
            if (!g.isValid()) {
                continue;
            }
            double[] fast = ConvexClip.ownHull(g);
            if (fast != null) {
                own++;
                assertThat(fast).as(g.toText()).containsExactly(ConvexClip.hullByJts(g));
            }
        }
        assertThat(own).isGreaterThan(4000);
        // not strictly convex: JTS decides
        assertThat(ConvexClip.ownHull(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))"))).isNull();
        assertThat(ConvexClip.ownHull(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0))"))).isNull();
        assertThat(ConvexClip.hull(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))")))
                .containsExactly(ConvexClip.hullByJts(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))")));
    }
}
