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

    /**
     * A random convex polygon: n points on an ellipse, any start vertex, either orientation; now and then a
     * vertex repeated or put in the middle of an edge (as a neighbour's corner on a shared boundary).
     */
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
        if (r.nextInt(3) == 0) {
            // a vertex halfway along an edge (exactly on it for axis-parallel edges only: else JTS's exact
            // orientation test decides whether it is a corner), or a repeated vertex
            int at = r.nextInt(n);
            Coordinate mid = r.nextBoolean() ? new Coordinate(c[at])
                    : new Coordinate((c[at].x + c[at + 1].x) / 2, (c[at].y + c[at + 1].y) / 2);
            Coordinate[] more = new Coordinate[n + 2];
            System.arraycopy(c, 0, more, 0, at + 1);
            more[at + 1] = mid;
            System.arraycopy(c, at + 1, more, at + 2, n - at);
            c = more;
        }
        return F.createPolygon(c);
    }

    /** A rectangle with a vertex in the middle of each of two edges, from any corner, either way round. */
    private static Geometry lot(Random r, double x, double y) {
        double w = 10 + r.nextInt(30);
        double h = 10 + r.nextInt(30);
        Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + w / 2, y), new Coordinate(x + w, y),
            new Coordinate(x + w, y + h / 3), new Coordinate(x + w, y + h), new Coordinate(x, y + h)};
        int start = r.nextInt(ring.length);
        boolean clockwise = r.nextBoolean();
        Coordinate[] c = new Coordinate[ring.length + 1];
        for (int i = 0; i < ring.length; i++) {
            c[i] = ring[(start + (clockwise ? ring.length - i : i)) % ring.length];
        }
        c[ring.length] = c[0];
        return F.createPolygon(c);
    }

    @Test
    void aConvexParcelIsItsOwnHullInJtsOrder() {
        Random r = new Random(5);
        int own = 0;
        for (int trial = 0; trial < 5000; trial++) {
            int n = 3 + (trial % 5 == 0 ? r.nextInt(120) : r.nextInt(6));
            Geometry g = trial % 7 == 0
                    ? quad(500_000 + r.nextInt(100), 2_000_000, 20, 30, r.nextInt(3) - 1, 0)
                    : trial % 7 == 1 ? lot(r, 500_000 + r.nextInt(1000), 2_000_000 + r.nextInt(1000))
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
        assertThat(own).isGreaterThan(4500);
        // a vertex on an edge is no corner; a concave polygon is left to JTS
        assertThat(ConvexClip.ownHull(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))")))
                .containsExactly(10, 0, 10, 10, 0, 10, 0, 0);
        assertThat(ConvexClip.ownHull(wkt("POLYGON ((0 0, 20 0, 20 10, 10 10, 10 30, 0 30, 0 0))"))).isNull();
        assertThat(ConvexClip.hull(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))")))
                .containsExactly(ConvexClip.hullByJts(wkt("POLYGON ((0 0, 0 10, 5 10, 10 10, 10 0, 0 0))")));
    }

    @Test
    void clipsAKeptShellToTheSameDoublesAsTheGeometry() {
        Random random = new Random(23);
        ConvexClip.Scratch scratch = new ConvexClip.Scratch();
        for (int trial = 0; trial < 3_000; trial++) {
            // a star-shaped polygon of 3..12 vertices at projected coordinates, sometimes convex, against a hull
            double cx = 500_000 + random.nextDouble() * 100;
            double cy = 2_300_000 + random.nextDouble() * 100;
            int n = 3 + random.nextInt(10);
            Coordinate[] ring = star(random, cx, cy, n, trial % 3 == 0 ? 10 : 4, trial % 3 == 0 ? 0 : 10);
            Geometry polygon = F.createPolygon(trial % 2 == 0 ? ring : reversed(ring));
            Geometry other = quad(cx - 8 + random.nextDouble() * 8, cy - 8 + random.nextDouble() * 8,
                    5 + random.nextDouble() * 15, 5 + random.nextDouble() * 15, random.nextDouble() * 3, 0);
            double[] hull = ConvexClip.hull(other);
            double[] triangles = ConvexClip.triangles(polygon, polygon.getArea());
            double dx = random.nextGaussian();
            double dy = random.nextGaussian();
            double[] shell = ConvexClip.shell(other);
            boolean perimeter = random.nextBoolean();

            double fromGeometry = ConvexClip.area(other, dx, dy, hull(polygon), scratch, perimeter);
            double perimeterFromGeometry = scratch.perimeter;
            double fromShell = ConvexClip.shellArea(shell, dx, dy, hull(polygon), scratch, perimeter);

            assertThat(fromShell).isEqualTo(fromGeometry);
            assertThat(scratch.perimeter).isEqualTo(perimeterFromGeometry);
            if (triangles != null) {
                assertThat(ConvexClip.shellAreaByTriangles(shell, dx, dy, triangles, scratch))
                        .isEqualTo(ConvexClip.areaByTriangles(other, dx, dy, triangles, scratch));
            }
            assertThat(ConvexClip.shellArea(ConvexClip.shell(polygon), dx, dy, hull, scratch, true))
                    .isEqualTo(ConvexClip.area(polygon, dx, dy, hull, scratch, true));
        }
        assertThat(ConvexClip.shell(wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))"))).isNull();
        assertThat(ConvexClip.shell(wkt("POLYGON EMPTY"))).isNull();
        assertThat(ConvexClip.shell(wkt("POLYGON ((0 0, 10 0, 10 10, 0 0))"))).containsExactly(0, 0, 10, 0, 10, 10);
    }

    /** The offset search takes a hole-free parcel's edge spans from its kept shell: the same doubles, bit for bit. */
    @Test
    void edgeSpansFromTheShellAreTheGeometrysBitForBit() {
        Random random = new Random(31);
        for (int trial = 0; trial < 5_000; trial++) {
            double cx = (trial % 3 == 0 ? 0 : 500_000) + random.nextDouble() * 100;
            double cy = (trial % 3 == 0 ? 0 : 2_300_000) + random.nextDouble() * 100;
            Coordinate[] ring = star(random, cx, cy, 3 + random.nextInt(30), 0.5, 40);
            if (trial % 5 == 0) {
                // signed zeros and repeated vertices
                ring[1] = new Coordinate(-0.0, ring[0].y);
                ring[2] = new Coordinate(ring[1].x, ring[1].y);
            }
            Geometry polygon = F.createPolygon(trial % 2 == 0 ? ring : reversed(ring));

            double[] expected = ConvexClip.edgeSpans(polygon);
            double[] fromShell = ConvexClip.shellEdgeSpans(ConvexClip.shell(polygon));

            assertThat(Double.doubleToRawLongBits(fromShell[0])).as(polygon.toText())
                    .isEqualTo(Double.doubleToRawLongBits(expected[0]));
            assertThat(Double.doubleToRawLongBits(fromShell[1])).as(polygon.toText())
                    .isEqualTo(Double.doubleToRawLongBits(expected[1]));
        }
    }

    /**
     * The bound the offset search settles IoU tests with: moving the shift by v changes the clipped area by at
     * most {@link ConvexClip#shiftChange}, for star-shaped (often concave) polygons, some with a hole, at projected
     * coordinates, against convex hulls; the bound is reached by a rectangle moved along an axis.
     */
    @Test
    void aMovedShiftChangesTheClippedAreaByNoMoreThanTheEdgeSpansAllow() {
        Random random = new Random(29);
        ConvexClip.Scratch scratch = new ConvexClip.Scratch();
        for (int trial = 0; trial < 5_000; trial++) {
            double cx = 500_000 + random.nextDouble() * 100;
            double cy = 2_300_000 + random.nextDouble() * 100;
            int n = 3 + random.nextInt(12);
            Coordinate[] ring = star(random, cx, cy, n, 2, 15);
            Geometry polygon = trial % 4 == 0
                    ? F.createPolygon(F.createLinearRing(ring), new org.locationtech.jts.geom.LinearRing[] {
                        F.createLinearRing(new Coordinate[] {new Coordinate(cx - 1, cy - 1), new Coordinate(cx + 1,
                            cy - 1), new Coordinate(cx + 1, cy + 1), new Coordinate(cx - 1, cy + 1),
                            new Coordinate(cx - 1, cy - 1)})})
                    : F.createPolygon(trial % 2 == 0 ? ring : reversed(ring));
            if (!polygon.isValid()) {
                continue;
            }
            double[] window = hull(quad(cx - 10 + random.nextDouble() * 10, cy - 10 + random.nextDouble() * 10,
                    3 + random.nextDouble() * 20, 3 + random.nextDouble() * 20, random.nextDouble() * 3, 0));
            double[] spans = ConvexClip.edgeSpans(polygon);
            double dx = 3 * random.nextGaussian();
            double dy = 3 * random.nextGaussian();
            double vx = (trial % 3 == 0 ? 1 : 0.01) * random.nextGaussian();
            double vy = (trial % 3 == 0 ? 1 : 0.01) * random.nextGaussian();

            double before = ConvexClip.area(polygon, dx, dy, window, scratch, false);
            double after = ConvexClip.area(polygon, dx + vx, dy + vy, window, scratch, false);

            assertThat(Math.abs(after - before)).as(polygon.toText())
                    .isLessThanOrEqualTo(ConvexClip.shiftChange(spans[0], spans[1], vx, vy) + 1e-6);
        }
        // a 10 x 4 rectangle within a large window, moved 0.5 across its width and out of the window: 4 x 0.5
        Geometry rectangle = wkt("POLYGON ((0 0, 10 0, 10 4, 0 4, 0 0))");
        double[] window = hull(wkt("POLYGON ((-100 -100, 0 -100, 0 100, -100 100, -100 -100))"));
        assertThat(ConvexClip.edgeSpans(rectangle)).containsExactly(20, 8);
        assertThat(ConvexClip.area(rectangle, -10, 0, window, scratch, false)
                - ConvexClip.area(rectangle, -9.5, 0, window, scratch, false))
                .isCloseTo(ConvexClip.shiftChange(20, 8, 0.5, 0), within(1e-12));
    }

    /**
     * The monotone chain gives JTS's hull, the same doubles in the same order, for star-shaped (mostly concave)
     * polygons of 3 to 200 vertices, on a coarse grid now and then (collinear and repeated vertices, ties of the
     * lowest and leftmost vertex), with holes, as two-part multipolygons, and for degenerate rings.
     */
    @Test
    void theMonotoneChainHullIsJtsHullBitForBit() {
        Random random = new Random(31);
        int polygons = 0;
        for (int trial = 0; trial < 6_000; trial++) {
            double cx = 500_000 + random.nextDouble() * 1000;
            double cy = 2_300_000 + random.nextDouble() * 1000;
            int n = 3 + (trial % 10 == 0 ? random.nextInt(200) : random.nextInt(12));
            Coordinate[] ring = star(random, cx, cy, n, 2, 15);
            if (trial % 3 == 0) {
                for (Coordinate c : ring) {
                    c.x = Math.round(c.x);
                    c.y = Math.round(c.y);
                }
            }
            Geometry g;
            try {
                g = F.createPolygon(trial % 2 == 0 ? ring : reversed(ring));
                if (trial % 5 == 1) {
                    g = F.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {(org.locationtech.jts.geom.Polygon) g,
                        (org.locationtech.jts.geom.Polygon) quad(cx + 40 * random.nextDouble(), cy - 30, 5, 5,
                            random.nextInt(3), 0)});
                }
            } catch (IllegalArgumentException e) {
                continue; // a ring that collapsed on the grid
            }
            polygons++;
            assertThat(ConvexClip.hullByChain(g)).as(g.toText()).containsExactly(ConvexClip.hullByJts(g));
        }
        assertThat(polygons).isGreaterThan(5_000);
        for (String degenerate : new String[] {"POLYGON ((0 0, 1 1, 2 2, 0 0))", "POLYGON ((0 0, 0 0, 0 0, 0 0))",
            "POLYGON EMPTY", "POLYGON ((0 0, 4 0, 4 4, 2 4, 0 4, 0 2, 0 0), (1 1, 2 1, 2 2, 1 1))"}) {
            assertThat(ConvexClip.hullByChain(wkt(degenerate))).as(degenerate)
                    .containsExactly(ConvexClip.hullByJts(wkt(degenerate)));
        }
    }

    /**
     * A closed star-shaped ring of n vertices about (cx, cy), evenly spaced by angle, each at a radius of
     * {@code rMin} plus up to {@code rRange} (drawn only when the range is not 0), each vertex its own object.
     */
    private static Coordinate[] star(Random random, double cx, double cy, int n, double rMin, double rRange) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int v = 0; v < n; v++) {
            double angle = 2 * Math.PI * v / n;
            double r = rRange == 0 ? rMin : rMin + random.nextDouble() * rRange;
            ring[v] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[n] = new Coordinate(ring[0]);
        return ring;
    }

    private static double[] hull(Geometry g) {
        return ConvexClip.hull(g);
    }

    private static Coordinate[] reversed(Coordinate[] ring) {
        Coordinate[] out = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            out[i] = ring[ring.length - 1 - i];
        }
        return out;
    }
}
