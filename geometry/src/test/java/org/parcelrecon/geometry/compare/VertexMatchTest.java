package org.parcelrecon.geometry.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parcelrecon.geometry.TestGeometries.wkt;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateXYZM;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequenceFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

class VertexMatchTest {
    private static final Geometry SQUARE = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");

    private static double match(Geometry a, double dx, double dy, Geometry b, double[] symDiff) {
        return VertexMatch.match(a, dx, dy, b, 0.5, symDiff);
    }

    @Test
    void matchesAnIdenticalPolygonWithNoDifference() {
        double[] s = new double[1];
        assertThat(match(SQUARE, 0, 0, SQUARE, s)).isZero();
        assertThat(s[0]).isZero();
    }

    @Test
    void matchesAfterTheOffsetAndWhateverVertexTheRingStartsAt() {
        double[] s = new double[1];
        Geometry moved = wkt("POLYGON ((103 10.3, 103 0.3, 93 0.3, 93 10.3, 103 10.3))");
        // the same square, clockwise from another corner: orientation differs, so no vertex-by-vertex match
        assertThat(match(SQUARE, 93, 0.3, moved, s)).isEqualTo(-1);
        Geometry sameOrder = wkt("POLYGON ((103 10.3, 93 10.3, 93 0.3, 103 0.3, 103 10.3))");
        assertThat(match(SQUARE, 93, 0.3, sameOrder, s)).isCloseTo(0, within(1e-9));
    }

    @Test
    void estimatesTheSymmetricDifferenceOfASmallShift() {
        double[] s = new double[1];
        Geometry shifted = wkt("POLYGON ((0.3 0, 10.3 0, 10.3 10, 0.3 10, 0.3 0))");
        assertThat(match(SQUARE, 0, 0, shifted, s)).isCloseTo(0.3, within(1e-9));
        // two 10 x 0.3 strips: exactly the true symmetric difference
        assertThat(s[0]).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void matchesAOnePartMultiPolygonWithItsPolygon() {
        double[] s = new double[1];
        assertThat(match(SQUARE, 0, 0, wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)))"), s)).isZero();
    }

    @Test
    void refusesBeyondToleranceOrWithAnotherStructure() {
        double[] s = new double[1];
        assertThat(match(SQUARE, 0, 0, wkt("POLYGON ((0 0, 10 0, 10.6 10, 0 10, 0 0))"), s)).isEqualTo(-1);
        assertThat(match(SQUARE, 0, 0, wkt("POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))"), s)).isEqualTo(-1);
        assertThat(match(SQUARE, 0, 0, wkt("MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 21 0, 21 1, 20 0)))"),
                s)).isEqualTo(-1);
        assertThat(match(SQUARE, 0, 0, wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (1 1, 2 1, 2 2, 1 1))"), s))
                .isEqualTo(-1);
    }

    @Test
    void packedRingsReadInPlaceMatchAsCopiedRingsDoBitForBit() {
        // the readers pack every ring, and match reads a packed ring's own array (with its stride: XY, XYZ, XYZM);
        // any other sequence is copied first. Both ways must give the same doubles
        Random random = new Random(19);
        GeometryFactory plain = new GeometryFactory(CoordinateArraySequenceFactory.instance());
        GeometryFactory packed = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
        int matched = 0;
        for (int round = 0; round < 2000; round++) {
            int n = 3 + random.nextInt(12);
            double cx = 500_000 + random.nextDouble() * 1000;
            double cy = 2_000_000 + random.nextDouble() * 1000;
            Coordinate[] a = new Coordinate[n + 1];
            Coordinate[] b = new Coordinate[n + 1];
            int shift = random.nextInt(n); // b starts at another vertex
            for (int v = 0; v < n; v++) {
                double angle = 2 * Math.PI * v / n;
                double r = 10 + random.nextDouble() * 20;
                a[v] = new CoordinateXYZM(cx + r * Math.cos(angle), cy + r * Math.sin(angle), 7, 9);
            }
            a[n] = a[0].copy();
            for (int v = 0; v < n; v++) {
                Coordinate from = a[(v + shift) % n];
                double jitter = random.nextInt(4) == 0 ? 0.8 : 0.3;
                b[v] = new CoordinateXYZM(from.x + 1.5 + (random.nextDouble() - 0.5) * jitter,
                        from.y - 2.25 + (random.nextDouble() - 0.5) * jitter, 1, 2);
            }
            b[n] = b[0].copy();
            Polygon pa = plain.createPolygon(a);
            Polygon pb = plain.createPolygon(b);
            double[] expected = new double[1];
            double h = match(pa, 1.5, -2.25, pb, expected);
            matched += h >= 0 ? 1 : 0;
            for (int dimension = 2; dimension <= 4; dimension++) {
                double[] s = new double[1];
                Geometry qa = packed.createPolygon(packedRing(a, dimension));
                Geometry qb = packed.createPolygon(packedRing(b, dimension));
                assertThat(match(qa, 1.5, -2.25, qb, s)).isEqualTo(h);
                assertThat(match(pa, 1.5, -2.25, qb, new double[1])).isEqualTo(h);
                if (h >= 0) {
                    assertThat(s[0]).isEqualTo(expected[0]);
                }
            }
        }
        assertThat(matched).isBetween(200, 1900); // both answers well represented
    }

    /** The ring packed with {@code dimension} ordinates a vertex (x, y, then z and m from the coordinate). */
    private static CoordinateSequence packedRing(Coordinate[] ring, int dimension) {
        double[] raw = new double[dimension * ring.length];
        for (int v = 0; v < ring.length; v++) {
            for (int d = 0; d < dimension; d++) {
                raw[dimension * v + d] = ring[v].getOrdinate(d);
            }
        }
        return PackedCoordinateSequenceFactory.DOUBLE_FACTORY.create(raw, dimension, dimension == 4 ? 1 : 0);
    }
}
