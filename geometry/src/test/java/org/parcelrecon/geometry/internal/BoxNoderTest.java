package org.parcelrecon.geometry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.IntersectionAdder;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.Noder;
import org.locationtech.jts.noding.SegmentString;

class BoxNoderTest {
    private static final GeometryFactory F = new GeometryFactory();

    /** Unions of random grid cells: overlay output, whose rings meet only at vertices of both, often. */
    private static Geometry cells(Random random) {
        List<Geometry> squares = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double x = random.nextInt(12);
            double y = random.nextInt(12);
            squares.add(F.toGeometry(new Envelope(x, x + 1, y, y + 1)));
        }
        return F.buildGeometry(squares).union();
    }

    private static List<SegmentString> strings(Geometry g, Envelope box) {
        List<SegmentString> out = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon poly = (Polygon) g.getGeometryN(p);
            for (int r = -1; r < poly.getNumInteriorRing(); r++) {
                LinearRing ring = r < 0 ? poly.getExteriorRing() : poly.getInteriorRingN(r);
                out.add(new NodedSegmentString(ring.getCoordinates(), null));
            }
        }
        out.add(new NodedSegmentString(F.toGeometry(box).getCoordinates(), null));
        return out;
    }

    /** The noded substrings' vertices, string by string. */
    @SuppressWarnings("unchecked")
    private static List<List<Coordinate>> noded(Noder noder, List<SegmentString> strings) {
        noder.computeNodes(strings);
        List<List<Coordinate>> out = new ArrayList<>();
        for (SegmentString s : (Collection<SegmentString>) noder.getNodedSubstrings()) {
            out.add(List.of(s.getCoordinates()));
        }
        return out;
    }

    private static MCIndexNoder full() {
        MCIndexNoder noder = new MCIndexNoder();
        noder.setSegmentIntersector(new IntersectionAdder(new RobustLineIntersector()));
        return noder;
    }

    @Test
    void nodesTheRingsOfAnOverlayAndABoxAsTheFullNoderDoesOnRandomCellsAndBoxes() {
        Random random = new Random(7);
        for (int t = 0; t < 40; t++) {
            Geometry g = cells(random);
            // boxes on the grid lines (edges along ring segments, corners on vertices) and off them
            double x0 = t % 2 == 0 ? random.nextInt(6) : random.nextDouble() * 6;
            double y0 = t % 2 == 0 ? random.nextInt(6) : random.nextDouble() * 6;
            Envelope box = new Envelope(x0, x0 + 1 + random.nextInt(6), y0, y0 + 1 + random.nextInt(6));
            List<List<Coordinate>> expected = noded(full(), strings(g, box));
            List<List<Coordinate>> actual = noded(new BoxNoder(box), strings(g, box));
            assertThat(actual).as("cells %d: %s in %s", t, box, g).isEqualTo(expected);
        }
    }

    @Test
    void takesMinusZeroAndZeroForTheSamePointAsTheFullNoderDoes() {
        // two squares touching at one corner, written (0.0, 1) in one and (-0.0, 1) in the other
        Coordinate[] a = {new Coordinate(-1, 0), new Coordinate(0.0, 1), new Coordinate(-1, 2), new Coordinate(-2, 1),
            new Coordinate(-1, 0)};
        Coordinate[] b = {new Coordinate(1, 0), new Coordinate(2, 1), new Coordinate(1, 2), new Coordinate(-0.0, 1),
            new Coordinate(1, 0)};
        Envelope box = new Envelope(-3, 3, 0.5, 3);
        List<List<Coordinate>> expected = noded(full(), twoRings(a, b, box));
        List<List<Coordinate>> actual = noded(new BoxNoder(box), twoRings(a, b, box));
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.get(0)).hasSizeGreaterThan(0);
        assertThat(actual).hasSizeGreaterThan(3);
    }

    private static List<SegmentString> twoRings(Coordinate[] a, Coordinate[] b, Envelope box) {
        List<SegmentString> out = new ArrayList<>();
        out.add(new NodedSegmentString(a, null));
        out.add(new NodedSegmentString(b, null));
        out.add(new NodedSegmentString(F.toGeometry(box).getCoordinates(), null));
        return out;
    }
}
