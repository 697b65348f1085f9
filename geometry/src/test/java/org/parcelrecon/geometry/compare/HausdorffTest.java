package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

class HausdorffTest {
    private static final GeometryFactory F = new GeometryFactory();

    /** A wobbly ring of n vertices around (cx, cy). */
    private static Geometry blob(int n, double cx, double cy, double wobble) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double r = 100 + wobble * Math.sin(7 * t);
            c[i] = new Coordinate(cx + r * Math.cos(t), cy + r * Math.sin(t));
        }
        c[n] = c[0];
        return F.createPolygon(c);
    }

    @Test
    void bigPolygonsGetTheDiscreteHausdorffDistanceThroughTheirIndexedSegments() {
        Geometry a = blob(3000, 0, 0, 0);
        Geometry b = blob(2500, 0.4, -0.2, 1.5);
        assertThat(VertexDistances.hausdorff(a, b)).isCloseTo(DiscreteHausdorffDistance.distance(a, b), within(1e-9));
        Geometry both = F.createGeometryCollection(new Geometry[] {a, blob(600, 500, 0, 0)});
        Geometry other = F.createGeometryCollection(new Geometry[] {b, blob(600, 503, 0, 0)});
        assertThat(VertexDistances.hausdorff(both, other))
                .isCloseTo(DiscreteHausdorffDistance.distance(both, other), within(1e-9));
    }

    @Test
    void smallPolygonsAreMeasuredAsBefore() {
        Geometry a = blob(20, 0, 0, 0);
        Geometry b = blob(30, 0.3, 0, 0.5);
        assertThat(VertexDistances.hausdorff(a, b)).isEqualTo(DiscreteHausdorffDistance.distance(a, b));
    }

    @Test
    void shiftedWhileMeasuredGivesTheDiscreteHausdorffDistanceOfTheShiftedCopy() {
        AffineTransformation shift = AffineTransformation.translationInstance(0.7, -0.3);
        // small, plain loop
        Geometry a = blob(20, 0, 0, 0);
        Geometry b = blob(30, 0.3, 0, 0.5);
        assertThat(VertexDistances.hausdorff(a, 0.7, -0.3, b))
                .isCloseTo(DiscreteHausdorffDistance.distance(shift.transform(a), b), within(1e-9));
        // a collection of a polygon and a multipolygon with a hole, against a polygon: every ring counts
        Geometry holed = F.createPolygon(F.createLinearRing(new Coordinate[] {new Coordinate(300, 0),
            new Coordinate(340, 0), new Coordinate(340, 40), new Coordinate(300, 40), new Coordinate(300, 0)}),
            new LinearRing[] {F.createLinearRing(new Coordinate[] {new Coordinate(310, 10),
                new Coordinate(330, 10), new Coordinate(330, 30), new Coordinate(310, 30), new Coordinate(310, 10)})});
        Geometry group = F.createGeometryCollection(new Geometry[] {a,
            F.createMultiPolygon(new Polygon[] {(Polygon) holed})});
        assertThat(VertexDistances.hausdorff(group, 0.7, -0.3, b))
                .isCloseTo(DiscreteHausdorffDistance.distance(shift.transform(group), b), within(1e-9));
        // 1,263 x 1,259 vertices: still the plain loop; 3,000 x 2,500: indexed
        Geometry c = blob(1263, 0, 0, 0);
        Geometry d = blob(1259, 0.4, -0.2, 1.5);
        assertThat(VertexDistances.hausdorff(c, 0.7, -0.3, d))
                .isCloseTo(DiscreteHausdorffDistance.distance(shift.transform(c), d), within(1e-9));
        Geometry e = blob(3000, 0, 0, 0);
        Geometry f = blob(2500, 0.4, -0.2, 1.5);
        assertThat(VertexDistances.hausdorff(e, 0.7, -0.3, f))
                .isCloseTo(DiscreteHausdorffDistance.distance(shift.transform(e), f), within(1e-9));
    }

    /** A random polygon: a star of n vertices around (cx, cy), radii jittered, with a square hole when asked. */
    private static Polygon star(Random r, int n, double cx, double cy, boolean hole) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double radius = 20 + 15 * r.nextDouble();
            c[i] = new Coordinate(cx + radius * Math.cos(t), cy + radius * Math.sin(t));
        }
        c[n] = c[0];
        LinearRing[] holes = hole ? new LinearRing[] {F.createLinearRing(new Coordinate[] {
            new Coordinate(cx - 3, cy - 3), new Coordinate(cx + 3, cy - 3), new Coordinate(cx + 3, cy + 3),
            new Coordinate(cx - 3, cy + 3), new Coordinate(cx - 3, cy - 3)})} : new LinearRing[0];
        return F.createPolygon(F.createLinearRing(c), holes);
    }

    @Test
    void theNoiseDistancesAreTheFullSearchsDoublesWhereManyAreTied() {
        // axis-aligned lots on a half-metre lattice: many vertices equally far from two segments, or on them
        Random r = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            double x = 400_000 + r.nextInt(4) * 0.5;
            double y = 1_200_000 + r.nextInt(4) * 0.5;
            Geometry a = wkt(String.format(java.util.Locale.ROOT, "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
                    x, y, x + 20, y, x + 20, y + 30, x, y + 30, x, y));
            Geometry b = wkt(String.format(java.util.Locale.ROOT,
                    "POLYGON ((400000 1200000, 400010 1200000, 400020 1200000, 400020 1200030, 400000 1200030, "
                            + "400000 1200000))"));
            double dx = r.nextInt(3) * 0.25 - 0.25;
            double dy = r.nextInt(3) * 0.25 - 0.25;
            assertThat(VertexDistances.between(a, dx, dy, b))
                    .containsExactly(VertexDistances.betweenBySequences(a, dx, dy, b));
            assertThat(VertexDistances.between(b, dx, dy, a))
                    .containsExactly(VertexDistances.betweenBySequences(b, dx, dy, a));
        }
    }

    @Test
    void earlyBreakAndSegmentArraysGiveTheVeryDoublesOfTheFullSearch() {
        Random r = new Random(19);
        for (int trial = 0; trial < 2000; trial++) {
            int parts = 1 + r.nextInt(3);
            List<Geometry> a = new ArrayList<>();
            List<Geometry> b = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                a.add(star(r, 3 + r.nextInt(60), 70 * p + 400_000, 1_200_000, r.nextInt(4) == 0));
            }
            for (int p = 0; p < 1 + r.nextInt(3); p++) {
                // near the old parts (the usual case) or anywhere around them
                double jitter = r.nextBoolean() ? 0.5 : 40;
                b.add(star(r, 3 + r.nextInt(60), 70 * p + 400_000 + jitter * r.nextGaussian(),
                        1_200_000 + jitter * r.nextGaussian(), r.nextInt(4) == 0));
            }
            Geometry ga = a.size() == 1 ? a.get(0) : F.createGeometryCollection(a.toArray(new Geometry[0]));
            Geometry gb = b.size() == 1 ? b.get(0) : F.createGeometryCollection(b.toArray(new Geometry[0]));
            double dx = r.nextGaussian();
            double dy = r.nextGaussian();
            assertThat(VertexDistances.hausdorff(ga, dx, dy, gb)).isEqualTo(VertexDistances.hausdorffFull(ga, dx, dy,
                    gb));
            assertThat(VertexDistances.between(ga, dx, dy, gb))
                    .containsExactly(VertexDistances.betweenBySequences(ga, dx, dy, gb));
        }
    }
}
