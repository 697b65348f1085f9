package org.parcelrecon.geometry.io;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Builds JTS polygons from raw rings, mending what JTS cannot hold: an unclosed ring is closed, a ring with fewer
 * than 3 distinct points is dropped (a polygon whose shell is dropped goes with its holes). Each mend is recorded
 * as a {@link ReadRepair}. Also the checks every reader shares: finite coordinates, polygonal, non-empty.
 */
final class LenientPolygons {
    private static final PackedCoordinateSequenceFactory SEQUENCES = PackedCoordinateSequenceFactory.DOUBLE_FACTORY;

    private LenientPolygons() {
    }

    /**
     * Adds to {@code polygons} the polygon made of rings of packed x,y pairs (shell first); adds nothing when the
     * shell is dropped (or there are no rings), as every reader leaves such a polygon out of its geometry.
     */
    static void addPolygon(List<Polygon> polygons, GeometryFactory factory, List<double[]> rings,
                           List<ReadRepair> repairs) throws BadGeometryException {
        addPolygon(polygons, factory, rings, false, repairs);
    }

    /**
     * {@link #addPolygon(List, GeometryFactory, List, List)}; {@code finite} says that the caller knows every
     * coordinate to be finite already (read as a plain decimal), so the rings are not searched for a NaN or
     * infinity. A polygon without holes gets {@link #NO_HOLES}, no list or array of its own.
     */
    static void addPolygon(List<Polygon> polygons, GeometryFactory factory, List<double[]> rings, boolean finite,
                           List<ReadRepair> repairs) throws BadGeometryException {
        if (rings.isEmpty()) {
            return;
        }
        LinearRing shell = ring(factory, rings.get(0), finite, repairs);
        if (shell == null) {
            return;
        }
        if (rings.size() == 1) {
            polygons.add(factory.createPolygon(shell, NO_HOLES));
            return;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            LinearRing hole = ring(factory, rings.get(i), finite, repairs);
            if (hole != null) {
                holes.add(hole);
            }
        }
        polygons.add(factory.createPolygon(shell, holes.toArray(new LinearRing[0])));
    }

    /** The holes of a polygon without any, shared: JTS keeps the array, and an empty one cannot change. */
    private static final LinearRing[] NO_HOLES = new LinearRing[0];

    /** The polygons as a Polygon (one, when {@code single}) or a MultiPolygon; empty when none survived. */
    static Geometry polygonal(GeometryFactory factory, List<Polygon> polygons, boolean single) {
        if (single && polygons.size() == 1) {
            return polygons.get(0);
        }
        return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static LinearRing ring(GeometryFactory factory, double[] xy, boolean finite, List<ReadRepair> repairs)
            throws BadGeometryException {
        int n = xy.length / 2;
        for (int i = 0; !finite && i < xy.length; i++) {
            if (!Double.isFinite(xy[i])) {
                throw new BadGeometryException(RejectReason.NON_FINITE_COORDINATES,
                        "a coordinate is NaN or infinite");
            }
        }
        boolean closed = n > 0 && xy[0] == xy[2 * n - 2] && xy[1] == xy[2 * n - 1];
        int distinct = n == 0 ? 0 : closed ? n - 1 : n;
        if (distinct < 3) {
            repairs.add(ReadRepair.SHORT_RING_DROPPED);
            return null;
        }
        double[] packed = xy;
        if (!closed) {
            packed = new double[2 * n + 2];
            System.arraycopy(xy, 0, packed, 0, 2 * n);
            packed[2 * n] = xy[0];
            packed[2 * n + 1] = xy[1];
            repairs.add(ReadRepair.RING_CLOSED);
        }
        return factory.createLinearRing(SEQUENCES.create(packed, 2));
    }

    /**
     * The parcel-shaped version of a parsed geometry: polygonal, non-empty, finite; a collection of polygons
     * becomes a MultiPolygon.
     */
    static Geometry checkParcel(Geometry g) throws BadGeometryException {
        if (!finite(g)) {
            throw new BadGeometryException(RejectReason.NON_FINITE_COORDINATES, "a coordinate is NaN or infinite");
        }
        Geometry p = g;
        if (!(g instanceof Polygonal) && g instanceof GeometryCollection gc && gc.getClass() == GeometryCollection.class) {
            List<Polygon> parts = new ArrayList<>();
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                Geometry part = gc.getGeometryN(i);
                if (!(part instanceof Polygonal)) {
                    throw notPolygon(part);
                }
                for (int j = 0; j < part.getNumGeometries(); j++) {
                    parts.add((Polygon) part.getGeometryN(j));
                }
            }
            p = g.getFactory().createMultiPolygon(parts.toArray(new Polygon[0]));
        }
        if (!(p instanceof Polygonal)) {
            throw notPolygon(p);
        }
        return nonEmpty(p);
    }

    /**
     * {@link #checkParcel} for a geometry {@link #polygonal} built from rings that {@link #polygon} took: those are
     * finite and have 3 distinct points or more already, so only emptiness (a MultiPolygon whose every shell was
     * dropped) is left to check.
     */
    static Geometry nonEmpty(Geometry built) throws BadGeometryException {
        if (built.isEmpty()) {
            throw new BadGeometryException(RejectReason.EMPTY_GEOMETRY, "the geometry is empty");
        }
        return built;
    }

    /**
     * The geometry without rings of fewer than 3 distinct points (JTS accepts a closed 3-point ring; it encloses
     * nothing), recording a {@link ReadRepair#SHORT_RING_DROPPED} for each. Returns the input when it has none.
     */
    static Geometry dropShortRings(Geometry g, List<ReadRepair> repairs) throws BadGeometryException {
        if (!(g instanceof Polygonal) || !hasShortRing(g)) {
            return g;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            List<double[]> rings = new ArrayList<>();
            rings.add(packed(p.getExteriorRing().getCoordinateSequence()));
            for (int r = 0; r < p.getNumInteriorRing(); r++) {
                rings.add(packed(p.getInteriorRingN(r).getCoordinateSequence()));
            }
            addPolygon(polygons, g.getFactory(), rings, repairs);
        }
        return polygonal(g.getFactory(), polygons, g instanceof Polygon);
    }

    private static boolean hasShortRing(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            if (p.getExteriorRing().getNumPoints() < 4) {
                return true;
            }
            for (int r = 0; r < p.getNumInteriorRing(); r++) {
                if (p.getInteriorRingN(r).getNumPoints() < 4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double[] packed(CoordinateSequence s) {
        double[] xy = new double[s.size() * 2];
        for (int i = 0; i < s.size(); i++) {
            xy[2 * i] = s.getX(i);
            xy[2 * i + 1] = s.getY(i);
        }
        return xy;
    }

    private static BadGeometryException notPolygon(Geometry g) {
        return new BadGeometryException(RejectReason.NOT_A_POLYGON,
                "the geometry is a " + g.getGeometryType() + ", not a polygon");
    }

    static boolean finite(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                if (!finite(poly.getExteriorRing().getCoordinateSequence())) {
                    return false;
                }
                for (int r = 0; r < poly.getNumInteriorRing(); r++) {
                    if (!finite(poly.getInteriorRingN(r).getCoordinateSequence())) {
                        return false;
                    }
                }
            } else if (part != g && part.getNumGeometries() > 0) {
                if (!finite(part)) {
                    return false;
                }
            } else {
                for (Coordinate c : part.getCoordinates()) {
                    if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean finite(CoordinateSequence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!Double.isFinite(s.getX(i)) || !Double.isFinite(s.getY(i))) {
                return false;
            }
        }
        return true;
    }
}
