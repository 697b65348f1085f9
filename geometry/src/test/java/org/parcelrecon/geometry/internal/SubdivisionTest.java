package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

class SubdivisionTest {
    private static final GeometryFactory F = new GeometryFactory();

    @Test
    void cutsABigPolygonIntoSmallPiecesOfTheSameTotalArea() {
        Geometry ring = F.createPoint(new Coordinate(500000, 2300000)).buffer(100, 500)
                .difference(F.createPoint(new Coordinate(500000, 2300000)).buffer(40, 200));
        List<Geometry> pieces = Subdivision.pieces(ring, 256);
        assertThat(ring.getNumPoints()).isGreaterThan(2000);
        assertThat(pieces).hasSizeGreaterThan(8).allSatisfy(p -> {
            assertThat(p.getNumPoints()).isLessThanOrEqualTo(256);
            assertThat(p.getGeometryType()).isEqualTo("Polygon");
        });
        assertThat(pieces.stream().mapToDouble(Geometry::getArea).sum()).isCloseTo(ring.getArea(), within(1e-6));
    }

    @Test
    void keepsASmallPolygonWhole() {
        Geometry square = F.toGeometry(new org.locationtech.jts.geom.Envelope(0, 1, 0, 1));
        assertThat(Subdivision.pieces(square, 256)).containsExactly(square);
    }

    /** Streets 10 m wide around n × n blocks of 80 m: one polygon with a hole per block. */
    private static Geometry streets(int n) {
        double pitch = 90;
        LinearRing[] holes = new LinearRing[n * n];
        for (int i = 0; i < n * n; i++) {
            double x = 10 + (i / n) * pitch;
            double y = 10 + (i % n) * pitch;
            holes[i] = F.createLinearRing(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 80, y),
                new Coordinate(x + 80, y + 80), new Coordinate(x, y + 80), new Coordinate(x, y)});
        }
        double side = n * pitch + 10;
        return F.createPolygon(F.createLinearRing(new Coordinate[] {new Coordinate(0, 0), new Coordinate(side, 0),
            new Coordinate(side, side), new Coordinate(0, side), new Coordinate(0, 0)}), holes);
    }

    /** The cut as it was made before: every half by OverlayNGRobust, one after the other. */
    private static void reference(Geometry g, int max, List<Geometry> out, int depth) {
        if (g.isEmpty()) {
            return;
        }
        if (g.getNumPoints() <= max || depth > 40) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    out.add(p);
                }
            }
            return;
        }
        Envelope e = g.getEnvelopeInternal();
        boolean wide = e.getWidth() >= e.getHeight();
        double mid = wide ? (e.getMinX() + e.getMaxX()) / 2 : (e.getMinY() + e.getMaxY()) / 2;
        Envelope[] halves = wide
                ? new Envelope[] {new Envelope(e.getMinX(), mid, e.getMinY(), e.getMaxY()),
                    new Envelope(mid, e.getMaxX(), e.getMinY(), e.getMaxY())}
                : new Envelope[] {new Envelope(e.getMinX(), e.getMaxX(), e.getMinY(), mid),
                    new Envelope(e.getMinX(), e.getMaxX(), mid, e.getMaxY())};
        for (Envelope half : halves) {
            reference(Polygons.polygonal(OverlayNGRobust.overlay(g, F.toGeometry(half), OverlayNG.INTERSECTION)),
                    max, out, depth + 1);
        }
    }

    @Test
    void cutsAStreetNetworkIntoThePiecesOfTheValidatedOverlayInOrderWhetherInAPoolOrNot() throws Exception {
        Geometry streets = streets(20);
        assertThat(streets.getNumPoints()).isGreaterThan(2000);
        List<Geometry> expected = new ArrayList<>();
        reference(streets, 256, expected, 0);
        List<Geometry> alone = Subdivision.pieces(streets, 256);
        ForkJoinPool pool = new ForkJoinPool(2);
        List<Geometry> pooled;
        try {
            pooled = pool.submit(() -> Subdivision.pieces(streets, 256)).get();
        } finally {
            pool.shutdown();
        }
        assertThat(alone).hasSize(expected.size());
        assertThat(pooled).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(alone.get(i).equalsExact(expected.get(i))).as("piece %d alone", i).isTrue();
            assertThat(pooled.get(i).equalsExact(expected.get(i))).as("piece %d in a pool", i).isTrue();
        }
    }

    /** Random blobs: a union of discs of many vertices, less smaller discs (holes, some touching, some cut). */
    private static Geometry blobs(Random random) {
        Geometry g = F.createPolygon();
        for (int i = 0; i < 12; i++) {
            Geometry disc = F.createPoint(new Coordinate(random.nextDouble() * 400, random.nextDouble() * 400))
                    .buffer(30 + random.nextDouble() * 80, 8 + random.nextInt(40));
            g = g.union(disc);
        }
        for (int i = 0; i < 25; i++) {
            g = g.difference(F.createPoint(new Coordinate(random.nextDouble() * 400, random.nextDouble() * 400))
                    .buffer(2 + random.nextDouble() * 12, 4 + random.nextInt(8)));
        }
        return g;
    }

    /**
     * Diagonal chains of square holes, each touching the next at a corner, in a jagged square whose shell touches the
     * first hole at a vertex of both (the rings meet at shared vertices, and nowhere else).
     */
    private static Geometry staircases(Random random, int n) {
        double side = 10;
        List<LinearRing> holes = new ArrayList<>();
        for (int c = 0; c < n; c += 3) {
            for (int i = 0; i + c < n; i++) {
                for (int[] cell : c == 0 ? new int[][] {{i, i}} : new int[][] {{i, i + c}, {i + c, i}}) {
                    double x = cell[0] * side;
                    double y = cell[1] * side;
                    holes.add(F.createLinearRing(new Coordinate[] {new Coordinate(x, y), new Coordinate(x, y + side),
                        new Coordinate(x + side, y + side), new Coordinate(x + side, y), new Coordinate(x, y)}));
                }
            }
        }
        // the shell: a spike of its bottom side reaches the first hole's corner (0, 0); its sides jagged
        List<Coordinate> shell = new ArrayList<>();
        double far = n * side + 5;
        shell.add(new Coordinate(-5, -5));
        shell.add(new Coordinate(-1, -5));
        shell.add(new Coordinate(0, 0));
        shell.add(new Coordinate(1, -5));
        for (double y = -5; y < far; y += 0.7) {
            shell.add(new Coordinate(far + random.nextDouble(), y));
        }
        for (double x = far; x > -5; x -= 0.7) {
            shell.add(new Coordinate(x, far + random.nextDouble()));
        }
        for (double y = far; y > -4.5; y -= 0.7) {
            shell.add(new Coordinate(-5 - random.nextDouble(), y));
        }
        shell.add(new Coordinate(-5, -5));
        return F.createPolygon(F.createLinearRing(shell.toArray(new Coordinate[0])),
                holes.toArray(new LinearRing[0]));
    }

    @Test
    void boxNodingBelowTheFirstLevelGivesThePiecesOfTheFullNodingOnRandomPolygons() {
        Random random = new Random(19);
        List<Geometry> shapes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            shapes.add(blobs(random));
        }
        shapes.add(staircases(random, 16));
        shapes.add(streets(12));
        for (Geometry shape : shapes) {
            assertThat(new IsValidOp(shape).getValidationError()).isNull();
            assertThat(shape.getNumPoints()).isGreaterThan(256);
            for (int max : new int[] {32, 256}) {
                List<Geometry> full = Subdivision.pieces(shape, max, Subdivision.Noding.FULL);
                List<Geometry> box = Subdivision.pieces(shape, max, Subdivision.Noding.BOX_BELOW_TOP);
                assertThat(box).hasSize(full.size()).hasSizeGreaterThan(1);
                for (int i = 0; i < full.size(); i++) {
                    assertThat(box.get(i).equalsExact(full.get(i))).as("piece %d of %d", i, full.size()).isTrue();
                }
            }
        }
    }
}
